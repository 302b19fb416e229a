# Wrong: absolute errors on the linear scale (an additive interval, which can go negative).
import math

import numpy as np


def conformal_interval(pred_cal, actual_cal, pred_new, coverage=0.8):
    """Split-conformal prediction interval on the log scale: (lower, upper) for each new prediction."""
    scores = np.sort(
        np.abs(np.asarray(actual_cal, dtype=float) - np.asarray(pred_cal, dtype=float))
    )
    m = len(scores)
    k = math.ceil(round((m + 1) * coverage, 9))
    pred_new = np.asarray(pred_new, dtype=float)
    if k > m:
        return np.zeros(len(pred_new)), np.full(len(pred_new), np.inf)
    return pred_new - scores[k - 1], pred_new + scores[k - 1]
