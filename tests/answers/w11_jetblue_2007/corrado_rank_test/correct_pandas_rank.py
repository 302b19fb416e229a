# Correct: pandas rank after dropna, standard deviation with ddof=0.
import math

import pandas as pd


def corrado_rank_test(abnormal, event):
    """Corrado (1989) rank statistic for the event days among all days (Cowan 1992 for L > 1)."""
    a = (
        pd.Series(abnormal, dtype=float)
        if not hasattr(abnormal, "ndim") or abnormal.ndim == 1
        else None
    )
    e = pd.Series(event, dtype=bool) if not hasattr(event, "ndim") or event.ndim == 1 else None
    if a is None or e is None or len(a) != len(e):
        raise ValueError("need two 1-D inputs of the same length")
    a, e = a.reset_index(drop=True), e.reset_index(drop=True)
    keep = a.notna()
    k = a[keep].rank()
    e = e[keep]
    if not e.any():
        raise ValueError("no event day")
    dev = k - (len(k) + 1) / 2
    return float(dev[e].sum() / (math.sqrt(int(e.sum())) * dev.std(ddof=0)))
