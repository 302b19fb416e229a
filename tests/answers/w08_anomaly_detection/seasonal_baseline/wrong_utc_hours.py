# wrong: converts the index to UTC before building the regressors (the text says: in the index's own time zone).
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

    def utc(index):
        return index.tz_convert("UTC") if index.tz is not None else index

    day = np.asarray(utc(train.index).day_of_week)
    groups, n = (day, 7) if days == "weekday" else ((day >= 5).astype(int), 2)
    if (np.bincount(groups, weights=train.to_numpy(float), minlength=n) <= 0).any():
        raise ValueError("every group of days needs a post")
    X = design_matrix(utc(train.index), harmonics, days)  # noqa: F821 (the set-up cell defines it)
    fit = sm.GLM(train.to_numpy(float), X, family=sm.families.Poisson()).fit()
    return pd.Series(np.exp(design_matrix(utc(at), harmonics, days) @ fit.params), index=at)  # noqa: F821
