# Wrong: divides by T - 1 in S_K (sample standard deviation) although the text says T.
import math

import numpy as np
from scipy import stats


def corrado_rank_test(abnormal, event):
    """Corrado (1989) rank statistic for the event days among all days (Cowan 1992 for L > 1)."""
    a = np.asarray(abnormal, dtype=float)
    e = np.asarray(event, dtype=bool)
    if a.ndim != 1 or a.shape != e.shape:
        raise ValueError("shape")
    a, e = a[~np.isnan(a)], e[~np.isnan(a)]
    if not e.any():
        raise ValueError("no event day")
    d = stats.rankdata(a) - (len(a) + 1) / 2
    return float(d[e].sum() / (math.sqrt(e.sum()) * np.std(d, ddof=1)))
