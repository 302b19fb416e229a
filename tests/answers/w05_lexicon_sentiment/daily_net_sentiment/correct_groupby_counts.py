# Correct: pandas groupby over positions; each resample's mean from the values at the drawn positions.
import numpy as np
import pandas as pd


def daily_net_sentiment(posts, u, level=0.95):
    """Net sentiment (share positive - share negative) per airline and day, with a percentile bootstrap interval."""
    u = np.asarray(u, dtype=float)
    if u.ndim != 2:
        raise ValueError("u must be a matrix")
    sentiment = posts["sentiment"].astype(object)
    if not sentiment.isin(["negative", "neutral", "positive"]).all():
        raise ValueError("sentiment must be negative, neutral or positive")
    y = (sentiment == "positive").to_numpy(dtype=float) - (sentiment == "negative").to_numpy(
        dtype=float
    )
    keys = pd.DataFrame(
        {"airline": posts["airline"].astype(object), "day": posts["day"].astype(object)}
    )
    positions = keys.reset_index(drop=True).groupby(["airline", "day"]).indices
    if positions and max(len(p) for p in positions.values()) > u.shape[1]:
        raise ValueError("u has too few columns")
    out = []
    for (airline, day), where in positions.items():
        values = y[np.sort(where)]
        n = len(values)
        draws = np.floor(n * u[:, :n]).astype(int)
        boot = values[draws].sum(axis=1) / n
        q = np.quantile(boot, [(1 - level) / 2, (1 + level) / 2])
        out.append(
            {
                "airline": airline,
                "day": day,
                "n": n,
                "net": values.sum() / n,
                "low": q[0],
                "high": q[1],
            }
        )
    return pd.DataFrame(out, columns=["airline", "day", "n", "net", "low", "high"])
