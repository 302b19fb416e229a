# Correct: numpy arrays, explicit sums for the standard deviation.
import numpy as np
import pandas as pd


def peer_adjusted_car(firm, peers, event_day, estimation=(-250, -11), window=(0, 1)):
    """Abnormal returns against an equal-weighted peer portfolio, CAR and its t statistic."""
    if len(peers.columns) == 0 or event_day not in firm.index or estimation[1] >= window[0]:
        raise ValueError("bad input")
    e = list(firm.index).index(event_day)
    lo, hi = e + estimation[0], e + window[1]
    if lo < 0 or hi >= len(firm):
        raise ValueError("outside")
    f = firm.to_numpy(dtype=float)
    p = peers.to_numpy(dtype=float)
    rows = list(range(e + estimation[0], e + estimation[1] + 1)) + list(
        range(e + window[0], e + window[1] + 1)
    )
    if np.isnan(f[rows]).any() or np.isnan(p[rows]).any():
        raise ValueError("missing")
    d = f - p.sum(axis=1) / p.shape[1]
    est = d[e + estimation[0] : e + estimation[1] + 1]
    sd = float(np.sqrt(((est - est.mean()) ** 2).sum() / (len(est) - 1)))
    ar = pd.Series(
        d[e + window[0] : e + window[1] + 1], index=firm.index[e + window[0] : e + window[1] + 1]
    )
    car = float(ar.sum())
    return {"ar": ar, "car": car, "sd": sd, "t_stat": car / (sd * np.sqrt(len(ar)))}
