# Wrong: among equally cheap thresholds returns the smallest (most alerts).
import numpy as np


def alert_threshold(y_true, scores, cost_miss, cost_false_alarm):
    """Threshold (alert when score >= threshold) minimising the total cost of misses and false alarms."""
    y = np.asarray(y_true, dtype=int)
    s = np.asarray(scores, dtype=float)
    candidates = np.append(np.unique(s), np.inf)
    costs = np.array(
        [
            cost_miss * np.sum((y == 1) & (s < c)) + cost_false_alarm * np.sum((y == 0) & (s >= c))
            for c in candidates
        ]
    )
    best = int(np.argmin(costs))
    return float(candidates[best]), float(costs[best])
