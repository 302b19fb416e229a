# wrong: the day of the week enters as one numeric regressor (a linear trend over Monday..Sunday), not six dummies.
import numpy as np
import pandas as pd
import statsmodels.api as sm


def seasonal_baseline(train, at=None, harmonics=2, days="weekday"):
    """Expected counts at `at` from a Poisson log-linear model (daily harmonics + day effects) fitted to `train`."""
    if not 0 <= harmonics <= 11:
        raise ValueError("harmonics must be between 0 and 11")
    if days not in ("weekday", "weekend"):
        raise ValueError("days must be 'weekday' or 'weekend'")
    at = train.index if at is None else at
    day = np.asarray(train.index.day_of_week)
    groups, n = (day, 7) if days == "weekday" else ((day >= 5).astype(int), 2)
    if (np.bincount(groups, weights=train.to_numpy(float), minlength=n) <= 0).any():
        raise ValueError("every group of days needs a post")

    def design(index):
        hour = np.asarray(index.hour, dtype=float)
        weekday = np.asarray(index.day_of_week, dtype=float)
        cols = [np.ones(len(index)), weekday if days == "weekday" else (weekday >= 5).astype(float)]
        for k in range(1, harmonics + 1):
            cols += [np.sin(2 * np.pi * k * hour / 24), np.cos(2 * np.pi * k * hour / 24)]
        return np.column_stack(cols)

    fit = sm.GLM(train.to_numpy(float), design(train.index), family=sm.families.Poisson()).fit()
    return pd.Series(np.exp(design(at) @ fit.params), index=at)
