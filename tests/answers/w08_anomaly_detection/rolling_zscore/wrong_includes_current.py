# wrong: the window ends at the current count, so a spike inflates its own baseline.
import numpy as np
import pandas as pd


def rolling_zscore(counts, window=24):
    """z-score of each count against the mean and standard deviation (ddof=1) of the `window` previous counts."""
    if window < 2:
        raise ValueError("window must be at least 2")
    x = counts.to_numpy(dtype=float)
    z = np.full(len(x), np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        for t in range(window, len(x)):
            base = x[t - window + 1 : t + 1]
            z[t] = (x[t] - base.mean()) / base.std(ddof=1)
    return pd.Series(z, index=counts.index)
