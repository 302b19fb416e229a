# Correct: OLS with np.linalg.lstsq, window sums as differences of a cumulative sum of abnormal returns.
import numpy as np
import pandas as pd


def multi_window_car(firm, market, event_date, windows, estimation=(-250, -10)):
    """Market-model cumulative abnormal returns and t statistics for several event windows."""
    joined = pd.concat({"f": firm, "m": market}, axis=1, join="inner").dropna().sort_index()
    r = joined.pct_change().iloc[1:]
    zero = int(r.index.searchsorted(pd.Timestamp(event_date), side="left"))
    if zero >= len(r):
        raise ValueError("no event day")
    first, last = zero + estimation[0], zero + estimation[1]
    if first < 0 or last >= len(r) or last - first < 2:
        raise ValueError("estimation window out of range")
    est = r.iloc[first : last + 1]
    X = np.column_stack([np.ones(len(est)), est["m"]])
    coef, res, *_ = np.linalg.lstsq(X, est["f"].to_numpy(), rcond=None)
    resid = est["f"].to_numpy() - X @ coef
    sigma = np.sqrt(resid @ resid / (len(est) - 2))
    ar = r["f"].to_numpy() - coef[0] - coef[1] * r["m"].to_numpy()
    c = np.concatenate([[0.0], np.cumsum(ar)])
    rows = []
    for s, e in windows:
        if s > e or zero + s < 0 or zero + e >= len(r):
            raise ValueError("window out of range")
        car = c[zero + e + 1] - c[zero + s]
        L = e - s + 1
        rows.append((s, e, L, car, car / (sigma * np.sqrt(L))))
    return pd.DataFrame(rows, columns=["start", "end", "days", "car", "t_stat"])
