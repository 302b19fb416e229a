# Correct: closed-form OLS (covariance / variance), positions found with get_indexer on a date list.
import numpy as np
import pandas as pd


def multi_window_car(firm, market, event_date, windows, estimation=(-250, -10)):
    """Market-model cumulative abnormal returns and t statistics for several event windows."""
    both = pd.DataFrame({"f": firm, "m": market}).dropna().sort_index()
    ret = both.div(both.shift(1)).sub(1).iloc[1:]
    later = np.flatnonzero(ret.index >= pd.Timestamp(event_date))
    if len(later) == 0:
        raise ValueError("event after the data")
    z = int(later[0])
    a, b = z + estimation[0], z + estimation[1]
    if a < 0 or b >= len(ret) or b - a < 2:
        raise ValueError("estimation window outside the data")
    e = ret.iloc[a : b + 1]
    mx, my = e["m"].mean(), e["f"].mean()
    beta = ((e["m"] - mx) * (e["f"] - my)).sum() / ((e["m"] - mx) ** 2).sum()
    alpha = my - beta * mx
    s2 = ((e["f"] - alpha - beta * e["m"]) ** 2).sum() / (len(e) - 2)
    ar = (ret["f"] - alpha - beta * ret["m"]).to_numpy()
    out = {"start": [], "end": [], "days": [], "car": [], "t_stat": []}
    for lo, hi in windows:
        if lo > hi or z + lo < 0 or z + hi > len(ar) - 1:
            raise ValueError("window outside the data")
        car = ar[z + lo : z + hi + 1].sum()
        n = hi - lo + 1
        for key, value in zip(out, (lo, hi, n, float(car), float(car / np.sqrt(n * s2)))):
            out[key].append(value)
    return pd.DataFrame(out)
