# Correct: scores every pair with evaluation_report, then picks the best among near-ties by (low, high).
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
    table = []
    for i, low in enumerate(points):
        for high in points[i + 1 :]:
            predicted = [
                "positive" if s >= high else "negative" if s <= low else "neutral" for s in scores
            ]
            table.append(
                (
                    low,
                    high,
                    evaluation_report(truth, predicted, ["negative", "neutral", "positive"])[
                        "macro_f1"
                    ],
                )
            )
    top = max(f for _, _, f in table)
    low, high, f1 = min(
        (row for row in table if row[2] >= top - 1e-12), key=lambda row: (row[0], row[1])
    )
    return (low, high, float(f1))
