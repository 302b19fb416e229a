# wrong: a zero standard deviation always gives NaN, hiding the infinite z-score of a post after a flat window.
import numpy as np
import pandas as pd


def rolling_zscore(counts, window=24):
    """z-score of each count against the mean and standard deviation (ddof=1) of the `window` previous counts."""
    if window < 2:
        raise ValueError("window must be at least 2")
    x = counts.to_numpy(dtype=float)
    z = np.full(len(x), np.nan)
    for t in range(window, len(x)):
        base = x[t - window : t]
        sd = base.std(ddof=1)
        if sd > 0:
            z[t] = (x[t] - base.mean()) / sd
    return pd.Series(z, index=counts.index)
