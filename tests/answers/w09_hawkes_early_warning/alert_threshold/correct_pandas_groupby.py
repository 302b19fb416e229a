# Correct alternative: costs for every candidate from a pandas table, ties resolved by sorting on (cost, -threshold).
import numpy as np
import pandas as pd


def alert_threshold(y_true, scores, cost_miss, cost_false_alarm):
    """Threshold (alert when score >= threshold) minimising the total cost of misses and false alarms."""
    y = np.asarray(y_true, dtype=int)
    s = np.asarray(scores, dtype=float)
    rows = []
    for c in list(np.unique(s)) + [np.inf]:
        alert = s >= c
        rows.append(
            {
                "threshold": float(c),
                "cost": float(
                    cost_miss * np.sum((y == 1) & ~alert)
                    + cost_false_alarm * np.sum((y == 0) & alert)
                ),
            }
        )
    table = pd.DataFrame(rows).sort_values(["cost", "threshold"], ascending=[True, False])
    return float(table["threshold"].iloc[0]), float(table["cost"].iloc[0])
