# Correct: average ranks computed by hand with argsort and tie groups.
import numpy as np


def corrado_rank_test(abnormal, event):
    """Corrado (1989) rank statistic for the event days among all days (Cowan 1992 for L > 1)."""
    a = np.asarray(abnormal, dtype=float)
    e = np.asarray(event, dtype=bool)
    if a.ndim != 1 or e.ndim != 1 or len(a) != len(e):
        raise ValueError("need two 1-D inputs of the same length")
    ok = ~np.isnan(a)
    a, e = a[ok], e[ok]
    if e.sum() == 0:
        raise ValueError("no event day")
    order = np.argsort(a, kind="mergesort")
    ranks = np.empty(len(a))
    i = 0
    while i < len(a):
        j = i
        while j + 1 < len(a) and a[order[j + 1]] == a[order[i]]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    T = len(a)
    d = ranks - (T + 1) / 2
    return float(d[e].sum() / (np.sqrt(e.sum()) * np.sqrt((d**2).mean())))
