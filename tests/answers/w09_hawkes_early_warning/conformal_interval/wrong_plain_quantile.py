# Wrong: np.quantile(scores, coverage) without the finite-sample (m + 1) correction.
import numpy as np


def conformal_interval(pred_cal, actual_cal, pred_new, coverage=0.8):
    """Split-conformal prediction interval on the log scale: (lower, upper) for each new prediction."""
    scores = np.abs(np.log(np.asarray(actual_cal, dtype=float) / np.asarray(pred_cal, dtype=float)))
    q = np.quantile(scores, coverage)
    pred_new = np.asarray(pred_new, dtype=float)
    return pred_new * np.exp(-q), pred_new * np.exp(q)
