# Wrong: estimates the residual variance with n - 1 (np.var with ddof=1) instead of n - 2.
import math

import numpy as np
import pandas as pd


def multi_window_car(firm, market, event_date, windows, estimation=(-250, -10)):
    """Market-model cumulative abnormal returns and t statistics for several event windows."""
    prices = pd.concat([firm, market], axis=1, join="inner").dropna().sort_index()
    returns = prices.pct_change().iloc[1:]
    zero = int(returns.index.searchsorted(pd.Timestamp(event_date)))
    if zero == len(returns):
        raise ValueError("no event day")
    lo, hi = zero + estimation[0], zero + estimation[1]
    if lo < 0 or hi >= len(returns) or hi - lo < 2:
        raise ValueError("estimation window out of range")
    est = returns.iloc[lo : hi + 1]
    beta, alpha = np.polyfit(est.iloc[:, 1], est.iloc[:, 0], 1)
    sigma2 = float(np.var(est.iloc[:, 0] - alpha - beta * est.iloc[:, 1], ddof=1))
    ar = returns.iloc[:, 0] - alpha - beta * returns.iloc[:, 1]
    rows = []
    for s, e in windows:
        if s > e or zero + s < 0 or zero + e >= len(returns):
            raise ValueError("window out of range")
        car = float(ar.iloc[zero + s : zero + e + 1].sum())
        rows.append(
            {
                "start": s,
                "end": e,
                "days": e - s + 1,
                "car": car,
                "t_stat": car / math.sqrt((e - s + 1) * sigma2),
            }
        )
    return pd.DataFrame(rows, columns=["start", "end", "days", "car", "t_stat"])
