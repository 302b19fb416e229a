# Wrong: charges cost_miss for false alarms and cost_false_alarm for misses.
import numpy as np


def alert_threshold(y_true, scores, cost_miss, cost_false_alarm):
    """Threshold (alert when score >= threshold) minimising the total cost of misses and false alarms."""
    y = np.asarray(y_true, dtype=int)
    s = np.asarray(scores, dtype=float)
    candidates = np.append(np.unique(s), np.inf)
    costs = np.array(
        [
            cost_false_alarm * np.sum((y == 1) & (s < c)) + cost_miss * np.sum((y == 0) & (s >= c))
            for c in candidates
        ]
    )
    best = np.flatnonzero(costs == costs.min())[-1]
    return float(candidates[best]), float(costs[best])
