# Correct alternative: numpy sliding windows, all positions at once.
import numpy as np
import pandas as pd


def rolling_zscore(counts, window=24):
    """z-score of each count against the mean and standard deviation (ddof=1) of the `window` previous counts."""
    if window < 2:
        raise ValueError("window too small")
    x = np.asarray(counts, dtype=float)
    z = np.full(len(x), np.nan)
    if len(x) > window:
        windows = np.lib.stride_tricks.sliding_window_view(x[:-1], window)
        with np.errstate(divide="ignore", invalid="ignore"):
            z[window:] = (x[window:] - windows.mean(axis=1)) / windows.std(axis=1, ddof=1)
    return pd.Series(z, index=counts.index)
