# Correct: the set of n-grams of each post (as tuples), then pandas means of boolean columns.
import numpy as np
import pandas as pd


def term_recall(posts, y_true, y_pred, terms, target="negative"):
    """Per term: posts containing it, share with the target label, recall of target with and without it."""
    y_true, y_pred = list(y_true), list(y_pred)
    if len(y_true) != len(posts) or len(y_pred) != len(posts):
        raise ValueError("one label per post")
    frame = pd.DataFrame(
        {"target": [t == target for t in y_true], "hit": [p == target for p in y_pred]}, dtype=bool
    )
    rows = []
    for term in terms:
        words = tuple(term.split(" "))
        k = len(words)
        frame["has"] = [
            words in {tuple(tokens[i : i + k]) for i in range(len(tokens) - k + 1)}
            for tokens in posts
        ]
        with_term = frame[frame["has"]]
        pos_with = frame[frame["has"] & frame["target"]]
        pos_without = frame[~frame["has"] & frame["target"]]
        rows.append(
            {
                "term": term,
                "n_posts": int(len(with_term)),
                "target_share": with_term["target"].mean() if len(with_term) else np.nan,
                "recall_with": pos_with["hit"].mean() if len(pos_with) else np.nan,
                "recall_without": pos_without["hit"].mean() if len(pos_without) else np.nan,
            }
        )
    return pd.DataFrame(
        rows, columns=["term", "n_posts", "target_share", "recall_with", "recall_without"]
    )
