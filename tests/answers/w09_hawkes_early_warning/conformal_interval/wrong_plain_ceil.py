# Wrong: plain math.ceil((m + 1) * coverage), so float noise such as (99 + 1) * 0.55 = 55.00000000000001 gives k = 56.
import math

import numpy as np


def conformal_interval(pred_cal, actual_cal, pred_new, coverage=0.8):
    """Split-conformal prediction interval on the log scale: (lower, upper) for each new prediction."""
    scores = np.sort(
        np.abs(np.log(np.asarray(actual_cal, dtype=float) / np.asarray(pred_cal, dtype=float)))
    )
    m = len(scores)
    k = math.ceil((m + 1) * coverage)
    pred_new = np.asarray(pred_new, dtype=float)
    if k > m:
        return np.zeros(len(pred_new)), np.full(len(pred_new), np.inf)
    q = scores[k - 1]
    return pred_new * math.exp(-q), pred_new * math.exp(q)
