# Correct: groups in a dict (first appearance order), resamples built row by row.
import numpy as np
import pandas as pd


def daily_net_sentiment(posts, u, level=0.95):
    """Net sentiment (share positive - share negative) per airline and day, with a percentile bootstrap interval."""
    u = np.asarray(u, dtype=float)
    code = {"negative": -1, "neutral": 0, "positive": 1}
    groups = {}
    for airline, day, label in zip(posts["airline"], posts["day"], posts["sentiment"]):
        if label not in code:
            raise ValueError(f"unknown sentiment {label!r}")
        groups.setdefault((airline, day), []).append(code[label])
    if u.ndim != 2 or any(len(v) > u.shape[1] for v in groups.values()):
        raise ValueError("u has the wrong shape")
    rows = []
    for (airline, day), ys in groups.items():
        ys = np.array(ys, dtype=float)
        n = len(ys)
        boot = np.array([ys[(u[b, :n] * n).astype(int)].mean() for b in range(u.shape[0])])
        low, high = np.quantile(boot, [(1 - level) / 2, (1 + level) / 2])
        rows.append((airline, day, n, ys.mean(), low, high))
    return pd.DataFrame(rows, columns=["airline", "day", "n", "net", "low", "high"])
