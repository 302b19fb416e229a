# wrong: converts the index to UTC before reading hours and weekdays (the text says: in the index's own time zone).
import numpy as np
import pandas as pd
import statsmodels.api as sm


def seasonal_baseline(train, at=None, harmonics=2):
    """Expected counts at `at` from a Poisson log-linear model (daily harmonics + weekday effects) fitted to `train`."""
    if not 0 <= harmonics <= 11:
        raise ValueError("harmonics must be between 0 and 11")
    at = train.index if at is None else at

    def utc(index):
        return index.tz_convert("UTC") if index.tz is not None else index

    def design(index):
        index = utc(index)
        hour = np.asarray(index.hour, dtype=float)
        cols = [np.ones(len(index))]
        for k in range(1, harmonics + 1):
            cols += [np.sin(2 * np.pi * k * hour / 24), np.cos(2 * np.pi * k * hour / 24)]
        cols += [(np.asarray(index.day_of_week) == d).astype(float) for d in range(1, 7)]
        return np.column_stack(cols)

    if (
        np.bincount(utc(train.index).day_of_week, weights=train.to_numpy(float), minlength=7) <= 0
    ).any():
        raise ValueError("every weekday needs a post")
    fit = sm.GLM(train.to_numpy(float), design(train.index), family=sm.families.Poisson()).fit()
    return pd.Series(np.exp(design(at) @ fit.params), index=at)
