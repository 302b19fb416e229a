# Correct: scipy.stats.linregress for the market model, label-based slices.
import numpy as np
from scipy import stats


def market_model_car(firm, market, event_day, estimation=(-250, -11), window=(0, 1)):
    """Market-model abnormal returns, CAR and its t statistic for one firm and one event."""
    idx = firm.index
    if event_day not in idx:
        raise ValueError("not a trading day")
    pos = idx.get_loc(event_day)
    if estimation[1] >= window[0] or pos + estimation[0] < 0 or pos + window[1] >= len(idx):
        raise ValueError("bad windows")
    est_days = idx[pos + estimation[0] : pos + estimation[1] + 1]
    win_days = idx[pos + window[0] : pos + window[1] + 1]
    for s in (firm, market):
        if s.loc[est_days].isna().any() or s.loc[win_days].isna().any():
            raise ValueError("missing value")
    fit = stats.linregress(market.loc[est_days].to_numpy(), firm.loc[est_days].to_numpy())
    resid = firm.loc[est_days] - fit.intercept - fit.slope * market.loc[est_days]
    sigma2 = float((resid**2).sum() / (len(est_days) - 2))
    ar = firm.loc[win_days] - fit.intercept - fit.slope * market.loc[win_days]
    car = float(ar.sum())
    return {
        "alpha": fit.intercept,
        "beta": fit.slope,
        "sigma2": sigma2,
        "ar": ar,
        "car": car,
        "t_stat": car / np.sqrt(len(win_days) * sigma2),
    }
