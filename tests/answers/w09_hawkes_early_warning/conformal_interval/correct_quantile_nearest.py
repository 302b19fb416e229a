# Correct alternative: numpy quantile (method="nearest") at position (k-1)/(m-1) picks the same order statistic.
import math

import numpy as np


def conformal_interval(pred_cal, actual_cal, pred_new, coverage=0.8):
    """Split-conformal prediction interval on the log scale: (lower, upper) for each new prediction."""
    ratios = np.asarray(actual_cal, dtype=float) / np.asarray(pred_cal, dtype=float)
    scores = np.sort(np.abs(np.log(ratios)))
    m = len(scores)
    k = math.ceil(round((m + 1) * coverage, 9))
    pred_new = np.asarray(pred_new, dtype=float)
    if k > m:
        return np.zeros(len(pred_new)), np.full(len(pred_new), np.inf)
    q = scores[k - 1] if m == 1 else np.quantile(scores, (k - 1) / (m - 1), method="nearest")
    return pred_new / math.exp(q), pred_new * math.exp(q)
