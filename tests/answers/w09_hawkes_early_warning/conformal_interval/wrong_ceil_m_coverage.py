# Wrong: k = ceil(m * coverage) instead of ceil((m + 1) * coverage).
import math

import numpy as np


def conformal_interval(pred_cal, actual_cal, pred_new, coverage=0.8):
    """Split-conformal prediction interval on the log scale: (lower, upper) for each new prediction."""
    scores = np.sort(
        np.abs(np.log(np.asarray(actual_cal, dtype=float) / np.asarray(pred_cal, dtype=float)))
    )
    m = len(scores)
    k = max(1, math.ceil(round(m * coverage, 9)))
    q = scores[k - 1]
    pred_new = np.asarray(pred_new, dtype=float)
    return pred_new * math.exp(-q), pred_new * math.exp(q)
