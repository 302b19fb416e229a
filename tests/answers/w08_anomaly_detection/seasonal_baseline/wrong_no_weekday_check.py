# wrong: never checks that every weekday has posts (the fit then runs on a singular or separated design).
import numpy as np
import pandas as pd
import statsmodels.api as sm


def seasonal_baseline(train, at=None, harmonics=2):
    """Expected counts at `at` from a Poisson log-linear model (daily harmonics + weekday effects) fitted to `train`."""
    if not 0 <= harmonics <= 11:
        raise ValueError("harmonics must be between 0 and 11")
    at = train.index if at is None else at

    def design(index):
        hour = np.asarray(index.hour, dtype=float)
        cols = [np.ones(len(index))]
        for k in range(1, harmonics + 1):
            cols += [np.sin(2 * np.pi * k * hour / 24), np.cos(2 * np.pi * k * hour / 24)]
        cols += [(np.asarray(index.day_of_week) == d).astype(float) for d in range(1, 7)]
        return np.column_stack(cols)

    fit = sm.GLM(train.to_numpy(float), design(train.index), family=sm.families.Poisson()).fit()
    return pd.Series(np.exp(design(at) @ fit.params), index=at)
