# Correct: plain counters in one loop over the posts per term.
import math

import pandas as pd


def term_recall(posts, y_true, y_pred, terms, target="negative"):
    """Per term: posts containing it, share with the target label, recall of target with and without it."""
    y_true, y_pred = list(y_true), list(y_pred)
    if not (len(posts) == len(y_true) == len(y_pred)):
        raise ValueError("posts, y_true and y_pred differ in length")
    out = []
    for term in terms:
        words = term.split(" ")
        n = n_target = hit_with = target_without = hit_without = 0
        for tokens, truth, guess in zip(posts, y_true, y_pred):
            tokens = list(tokens)
            found = any(tokens[i : i + len(words)] == words for i in range(len(tokens)))
            if found:
                n += 1
                if truth == target:
                    n_target += 1
                    hit_with += guess == target
            elif truth == target:
                target_without += 1
                hit_without += guess == target
        out.append(
            [
                term,
                n,
                n_target / n if n else math.nan,
                hit_with / n_target if n_target else math.nan,
                hit_without / target_without if target_without else math.nan,
            ]
        )
    return pd.DataFrame(
        out, columns=["term", "n_posts", "target_share", "recall_with", "recall_without"]
    )
