# Correct alternative: np.partition for the k-th smallest score, bounds as exp(log pred +- q).
import math

import numpy as np


def conformal_interval(pred_cal, actual_cal, pred_new, coverage=0.8):
    """Split-conformal prediction interval on the log scale: (lower, upper) for each new prediction."""
    scores = np.abs(
        np.log(np.asarray(actual_cal, dtype=float)) - np.log(np.asarray(pred_cal, dtype=float))
    )
    new = np.log(np.asarray(pred_new, dtype=float))
    k = math.ceil(round((scores.size + 1) * coverage, 9))
    if k > scores.size:
        return np.zeros(new.size), np.full(new.size, np.inf)
    q = np.partition(scores, k - 1)[k - 1]
    return np.exp(new - q), np.exp(new + q)
