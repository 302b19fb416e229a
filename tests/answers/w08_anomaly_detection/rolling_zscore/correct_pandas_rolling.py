# Correct alternative: pandas rolling mean and standard deviation, shifted by one period.
import numpy as np
import pandas as pd


def rolling_zscore(counts, window=24):
    """z-score of each count against the mean and standard deviation (ddof=1) of the `window` previous counts."""
    if window < 2:
        raise ValueError("window must be at least 2")
    values = pd.Series(counts.to_numpy(dtype=float))
    mean = values.rolling(window).mean().shift(1)
    sd = values.rolling(window).std(ddof=1).shift(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (values - mean).to_numpy() / sd.to_numpy()
    return pd.Series(z, index=counts.index)
