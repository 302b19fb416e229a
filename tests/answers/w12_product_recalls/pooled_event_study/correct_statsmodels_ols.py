# correct: statsmodels OLS per event (its mse_resid uses L1 - 2), positions found with a boolean mask
import math

import numpy as np
import pandas as pd
import statsmodels.api as sm


def pooled_event_study(returns, market, event_dates, window=(-1, 1), estimation=(-250, -11)):
    """Market-model CARs of several events, their average (CAAR), the cross-sectional t and the BMP t."""
    if len(event_dates) < 2:
        raise ValueError("need two events")
    car, scar = {}, {}
    for name, date in event_dates.items():
        r, m = returns[name], market[name]
        later = np.flatnonzero(r.index >= pd.Timestamp(date))
        if later.size == 0:
            raise ValueError("no trading day on or after the event")
        z = int(later[0])
        if z + min(estimation[0], window[0]) < 0 or z + max(estimation[1], window[1]) > len(r) - 1:
            raise ValueError("windows outside the series")
        fit = sm.OLS(
            r.iloc[z + estimation[0] : z + estimation[1] + 1].to_numpy(),
            sm.add_constant(m.iloc[z + estimation[0] : z + estimation[1] + 1].to_numpy()),
        ).fit()
        a, b = fit.params
        w = slice(z + window[0], z + window[1] + 1)
        ar = r.iloc[w].to_numpy() - a - b * m.iloc[w].to_numpy()
        car[name] = float(ar.sum())
        scar[name] = car[name] / math.sqrt(fit.mse_resid * len(ar))
    c, s = pd.Series(car), pd.Series(scar)
    n = len(c)
    return {
        "car": c,
        "scar": s,
        "caar": float(c.mean()),
        "t_cross": float(c.mean() / (c.std() / math.sqrt(n))),
        "t_bmp": float(s.mean() / (s.std() / math.sqrt(n))),
    }
