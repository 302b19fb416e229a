# Correct: least squares with numpy.linalg.lstsq on positional slices.
import numpy as np
import pandas as pd


def market_model_car(firm, market, event_day, estimation=(-250, -11), window=(0, 1)):
    """Market-model abnormal returns, CAR and its t statistic for one firm and one event."""
    if event_day not in firm.index:
        raise ValueError("event day not in index")
    if estimation[1] >= window[0]:
        raise ValueError("overlap")
    e = list(firm.index).index(event_day)
    a0, a1 = e + estimation[0], e + estimation[1]
    w0, w1 = e + window[0], e + window[1]
    if min(a0, w0) < 0 or max(a1, w1) > len(firm) - 1:
        raise ValueError("outside")
    fe = firm.iloc[a0 : a1 + 1].to_numpy(dtype=float)
    me = market.iloc[a0 : a1 + 1].to_numpy(dtype=float)
    fw = firm.iloc[w0 : w1 + 1]
    mw = market.iloc[w0 : w1 + 1]
    if np.isnan(fe).any() or np.isnan(me).any() or fw.isna().any() or mw.isna().any():
        raise ValueError("missing")
    X = np.column_stack([np.ones(len(me)), me])
    (alpha, beta), *_ = np.linalg.lstsq(X, fe, rcond=None)
    resid = fe - X @ np.array([alpha, beta])
    sigma2 = resid @ resid / (len(fe) - 2)
    ar = pd.Series(
        fw.to_numpy(dtype=float) - alpha - beta * mw.to_numpy(dtype=float), index=fw.index
    )
    car = ar.sum()
    return {
        "alpha": alpha,
        "beta": beta,
        "sigma2": sigma2,
        "ar": ar,
        "car": car,
        "t_stat": car / np.sqrt(len(ar) * sigma2),
    }
