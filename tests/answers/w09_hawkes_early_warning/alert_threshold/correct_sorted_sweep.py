# Correct alternative: one sweep over the scores sorted in decreasing order with cumulative counts.
import numpy as np


def alert_threshold(y_true, scores, cost_miss, cost_false_alarm):
    """Threshold (alert when score >= threshold) minimising the total cost of misses and false alarms."""
    y = np.asarray(y_true).astype(int)
    s = np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    s, y = s[order], y[order]
    best_threshold, best_cost = np.inf, cost_miss * y.sum()  # never alert
    positives_alerted = negatives_alerted = 0
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            positives_alerted += y[j]
            negatives_alerted += 1 - y[j]
            j += 1
        cost = cost_miss * (y.sum() - positives_alerted) + cost_false_alarm * negatives_alerted
        if cost < best_cost:
            best_threshold, best_cost = s[i], cost
        i = j
    return float(best_threshold), float(best_cost)
