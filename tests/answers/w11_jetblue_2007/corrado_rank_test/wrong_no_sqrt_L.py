# Wrong: averages the event days' centred ranks instead of dividing their sum by sqrt(L).
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
    return float(d[e].mean() / math.sqrt(np.mean(d**2)))
