# wrong: scales the CAR by the standard deviation of the firm's own returns, not of the differences.
import numpy as np


def peer_adjusted_car(firm, peers, event_day, estimation=(-250, -11), window=(0, 1)):
    """Abnormal returns against an equal-weighted peer portfolio, CAR and its t statistic."""
    if peers.shape[1] == 0 or event_day not in firm.index or estimation[1] >= window[0]:
        raise ValueError("bad input")
    e = firm.index.get_loc(event_day)
    if e + estimation[0] < 0 or e + window[1] >= len(firm):
        raise ValueError("outside")
    d = firm - peers.mean(axis=1)
    ar = d.iloc[e + window[0] : e + window[1] + 1]
    est_firm = firm.iloc[e + estimation[0] : e + estimation[1] + 1]
    if est_firm.isna().any() or ar.isna().any():
        raise ValueError("missing")
    sd = float(est_firm.std(ddof=1))
    car = float(ar.sum())
    return {"ar": ar, "car": car, "sd": sd, "t_stat": car / (sd * np.sqrt(len(ar)))}
