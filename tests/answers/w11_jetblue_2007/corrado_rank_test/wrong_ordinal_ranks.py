# Wrong: breaks ties by position (ordinal ranks) instead of giving tied values their average rank.
import math

import numpy as np


def corrado_rank_test(abnormal, event):
    """Corrado (1989) rank statistic for the event days among all days (Cowan 1992 for L > 1)."""
    a = np.asarray(abnormal, dtype=float)
    e = np.asarray(event, dtype=bool)
    if a.ndim != 1 or a.shape != e.shape:
        raise ValueError("shape")
    a, e = a[~np.isnan(a)], e[~np.isnan(a)]
    if not e.any():
        raise ValueError("no event day")
    ranks = np.empty(len(a))
    ranks[np.argsort(a, kind="stable")] = np.arange(1, len(a) + 1)
    d = ranks - (len(a) + 1) / 2
    return float(d[e].sum() / (math.sqrt(e.sum()) * math.sqrt(np.mean(d**2))))
