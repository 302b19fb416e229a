# correct: closed-form OLS slope cov/var, numpy only, searchsorted for day 0
import math

import numpy as np
import pandas as pd


def pooled_event_study(returns, market, event_dates, window=(-1, 1), estimation=(-250, -11)):
    """Market-model CARs of several events, their average (CAAR), the cross-sectional t and the BMP t."""
    names = list(event_dates)
    if len(names) < 2:
        raise ValueError("need two events")
    cars, scars = [], []
    for name in names:
        idx = returns[name].index
        z = int(idx.searchsorted(pd.Timestamp(event_dates[name])))
        lo, hi = z + min(estimation[0], window[0]), z + max(estimation[1], window[1])
        if z >= len(idx) or lo < 0 or hi >= len(idx):
            raise ValueError("windows outside the series")
        r = returns[name].to_numpy(dtype=float)
        m = market[name].to_numpy(dtype=float)
        re_, me = (
            r[z + estimation[0] : z + estimation[1] + 1],
            m[z + estimation[0] : z + estimation[1] + 1],
        )
        beta = float(np.sum((me - me.mean()) * (re_ - re_.mean())) / np.sum((me - me.mean()) ** 2))
        alpha = re_.mean() - beta * me.mean()
        e = re_ - alpha - beta * me
        s2 = float(np.sum(e**2)) / (len(e) - 2)
        rw, mw = r[z + window[0] : z + window[1] + 1], m[z + window[0] : z + window[1] + 1]
        car = float(np.sum(rw - alpha - beta * mw))
        cars.append(car)
        scars.append(car / math.sqrt(s2 * len(rw)))
    c, s = np.array(cars), np.array(scars)
    n = len(c)
    return {
        "car": pd.Series(c, index=names),
        "scar": pd.Series(s, index=names),
        "caar": float(c.mean()),
        "t_cross": float(c.mean() / (c.std(ddof=1) / math.sqrt(n))),
        "t_bmp": float(s.mean() / (s.std(ddof=1) / math.sqrt(n))),
    }
