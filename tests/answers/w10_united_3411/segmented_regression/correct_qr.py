# Correct: QR decomposition, pandas for the missing values, scipy t quantile.
import numpy as np
import pandas as pd
from scipy import stats


def segmented_regression(y, breakpoint, level=0.95):
    """Level and slope change at a breakpoint, with confidence intervals (OLS)."""
    s = pd.Series(np.asarray(y, dtype=float)).dropna()
    t = s.index.to_numpy(dtype=float)
    post = t >= breakpoint
    if post.sum() < 2 or (~post).sum() < 2 or len(s) < 5:
        raise ValueError("not enough data")
    X = np.column_stack([np.ones_like(t), t, post, np.where(post, t - breakpoint, 0.0)])
    q, r = np.linalg.qr(X)
    b = np.linalg.solve(r, q.T @ s.to_numpy())
    res = s.to_numpy() - X @ b
    df = len(s) - 4
    rinv = np.linalg.inv(r)
    cov = rinv @ rinv.T * (res @ res) / df
    half = stats.t.isf((1 - level) / 2, df) * np.sqrt(np.diag(cov))
    return {
        "pre_slope": b[1],
        "level_change": b[2],
        "slope_change": b[3],
        "level_ci": (b[2] - half[2], b[2] + half[2]),
        "slope_ci": (b[3] - half[3], b[3] + half[3]),
    }
