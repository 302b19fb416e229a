# Wrong: on a tie keeps the last pair found instead of the one with the smallest low, then high.
import numpy as np


def best_thresholds(scores, y_true, grid):
    """(low, high, macro_f1) maximising macro-F1 over pairs low < high from grid; ties: smallest low, then high."""
    scores = np.asarray(scores, dtype=float)
    truth = list(y_true)
    points = sorted(set(float(g) for g in grid))
    if len(scores) == 0 or len(scores) != len(truth):
        raise ValueError("scores and y_true must be non-empty and of the same length")
    if len(points) < 2:
        raise ValueError("the grid needs two distinct values")
    labels = ["negative", "neutral", "positive"]
    best = None
    for i, low in enumerate(points):
        for high in points[i + 1 :]:
            predicted = np.where(
                scores >= high, "positive", np.where(scores <= low, "negative", "neutral")
            )
            f1 = evaluation_report(truth, predicted, labels)["macro_f1"]
            if best is None or f1 >= best[2] - 1e-12:
                best = (low, high, float(f1))
    return best
