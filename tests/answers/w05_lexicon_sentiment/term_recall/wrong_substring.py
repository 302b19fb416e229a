# Wrong: looks for the term as a substring of the joined text, so "hold" is found in "holding".
import pandas as pd


def term_recall(posts, y_true, y_pred, terms, target="negative"):
    """Per term: posts containing it, share with the target label, recall of target with and without it."""
    y_true, y_pred = list(y_true), list(y_pred)
    if not (len(posts) == len(y_true) == len(y_pred)):
        raise ValueError("posts, y_true and y_pred differ in length")
    nan = float("nan")
    rows = []
    for term in terms:
        has = [term in " ".join(tokens) for tokens in posts]
        n = sum(has)
        tgt = [h and t == target for h, t in zip(has, y_true)]
        share = sum(tgt) / n if n else nan
        with_hits = [a and p == target for a, p in zip(tgt, y_pred)]
        other = [(not h) and t == target for h, t in zip(has, y_true)]
        other_hits = [a and p == target for a, p in zip(other, y_pred)]
        rows.append(
            {
                "term": term,
                "n_posts": int(n),
                "target_share": share,
                "recall_with": sum(with_hits) / sum(tgt) if sum(tgt) else nan,
                "recall_without": sum(other_hits) / sum(other) if sum(other) else nan,
            }
        )
    return pd.DataFrame(
        rows, columns=["term", "n_posts", "target_share", "recall_with", "recall_without"]
    )
