# Wrong: gives each group its own block of columns of u instead of the first n columns.
import numpy as np
import pandas as pd


def daily_net_sentiment(posts, u, level=0.95):
    """Net sentiment (share positive - share negative) per airline and day, with a percentile bootstrap interval."""
    u = np.asarray(u, dtype=float)
    value_of = {"negative": -1.0, "neutral": 0.0, "positive": 1.0}
    values = posts["sentiment"].map(lambda s: value_of.get(s, np.nan)).astype(float)
    if values.isna().any():
        raise ValueError("sentiment must be negative, neutral or positive")
    sizes = posts.groupby(["airline", "day"], observed=True).size()
    if u.ndim != 2 or (len(sizes) and u.shape[1] < sizes.max()):
        raise ValueError("u needs two dimensions and at least as many columns as the largest group")
    rows, offset = [], 0
    for (airline, day), group in values.groupby(
        [posts["airline"], posts["day"]], observed=True, sort=False
    ):
        y = group.to_numpy()
        n = len(y)
        picks = (
            np.floor(u[:, offset % u.shape[1] :][:, :n] * n).astype(int)
            if u.shape[1] - offset % u.shape[1] >= n
            else np.floor(u[:, :n] * n).astype(int)
        )
        boot = y[picks].mean(axis=1)
        low, high = np.quantile(boot, [(1 - level) / 2, (1 + level) / 2])
        rows.append(
            {
                "airline": airline,
                "day": day,
                "n": n,
                "net": float(y.mean()),
                "low": float(low),
                "high": float(high),
            }
        )
        offset += n
    return pd.DataFrame(rows, columns=["airline", "day", "n", "net", "low", "high"])
