# wrong: normal quantile (1.96) instead of Student's t with m - 4 degrees of freedom.
import numpy as np
from scipy import stats


def segmented_regression(y, breakpoint, level=0.95):
    """Level and slope change at a breakpoint, with confidence intervals (OLS)."""
    y = np.asarray(y, dtype=float)
    t = np.arange(len(y), dtype=float)
    ok = ~np.isnan(y)
    t, y = t[ok], y[ok]
    d = (t >= breakpoint).astype(float)
    if d.sum() < 2 or (1 - d).sum() < 2 or len(y) < 5:
        raise ValueError("too few observations")
    X = np.column_stack([np.ones(len(t)), t, d, (t - breakpoint) * d])
    inv = np.linalg.inv(X.T @ X)
    b = inv @ X.T @ y
    r = y - X @ b
    se = np.sqrt(np.diag(inv) * (r @ r) / (len(y) - 4))
    z = stats.norm.ppf(0.5 + level / 2)
    return {
        "pre_slope": b[1],
        "level_change": b[2],
        "slope_change": b[3],
        "level_ci": (b[2] - z * se[2], b[2] + z * se[2]),
        "slope_ci": (b[3] - z * se[3], b[3] + z * se[3]),
    }
