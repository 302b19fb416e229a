# wrong: residual variance divided by L1 - 1 instead of L1 - 2.
import numpy as np


def market_model_car(firm, market, event_day, estimation=(-250, -11), window=(0, 1)):
    """Market-model abnormal returns, CAR and its t statistic for one firm and one event."""
    if event_day not in firm.index or estimation[1] >= window[0]:
        raise ValueError("bad input")
    e = firm.index.get_loc(event_day)
    if e + estimation[0] < 0 or e + window[1] >= len(firm):
        raise ValueError("outside")
    fe, me = (
        firm.iloc[e + estimation[0] : e + estimation[1] + 1],
        market.iloc[e + estimation[0] : e + estimation[1] + 1],
    )
    fw, mw = (
        firm.iloc[e + window[0] : e + window[1] + 1],
        market.iloc[e + window[0] : e + window[1] + 1],
    )
    if fe.isna().any() or me.isna().any() or fw.isna().any() or mw.isna().any():
        raise ValueError("missing")
    beta = np.cov(me, fe, ddof=1)[0, 1] / np.var(me, ddof=1)
    alpha = fe.mean() - beta * me.mean()
    resid = fe - alpha - beta * me
    sigma2 = float((resid**2).sum() / (len(fe) - 1))
    ar = fw - alpha - beta * mw
    car = float(ar.sum())
    return {
        "alpha": alpha,
        "beta": beta,
        "sigma2": sigma2,
        "ar": ar,
        "car": car,
        "t_stat": car / np.sqrt(len(ar) * sigma2),
    }
