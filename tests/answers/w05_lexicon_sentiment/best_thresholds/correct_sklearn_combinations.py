# Correct: itertools.combinations of the sorted grid and scikit-learn's macro-F1, ties within 1e-12.
import itertools
import warnings

import numpy as np
from sklearn.metrics import f1_score


def best_thresholds(scores, y_true, grid):
    """(low, high, macro_f1) maximising macro-F1 over pairs low < high from grid; ties: smallest low, then high."""
    scores = np.asarray(scores, dtype=float)
    truth = list(y_true)
    points = sorted(set(float(g) for g in grid))
    if len(scores) == 0 or len(scores) != len(truth):
        raise ValueError("scores and y_true must be non-empty and of the same length")
    if len(points) < 2:
        raise ValueError("the grid needs two distinct values")
    best = None
    for low, high in itertools.combinations(points, 2):
        predicted = np.where(
            scores >= high, "positive", np.where(scores <= low, "negative", "neutral")
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            f1 = f1_score(
                truth,
                list(predicted),
                labels=["negative", "neutral", "positive"],
                average="macro",
                zero_division=0,
            )
        if best is None or f1 > best[2] + 1e-12:
            best = (low, high, float(f1))
    return best
