# Wrong: replaces missing abnormal returns by 0 instead of dropping them, so T counts the missing days.
import math

import numpy as np
from scipy import stats


def corrado_rank_test(abnormal, event):
    """Corrado (1989) rank statistic for the event days among all days (Cowan 1992 for L > 1)."""
    a = np.asarray(abnormal, dtype=float)
    e = np.asarray(event, dtype=bool)
    if a.ndim != 1 or a.shape != e.shape:
        raise ValueError("shape")
    if not e.any():
        raise ValueError("no event day")
    a = np.where(np.isnan(a), 0.0, a)
    d = stats.rankdata(a) - (len(a) + 1) / 2
    return float(d[e].sum() / (math.sqrt(e.sum()) * math.sqrt(np.mean(d**2))))
