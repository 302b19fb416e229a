# wrong: with days="weekend" it still demands a post on each of the seven days (a Sunday without posts is fine).
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
    per_day = np.bincount(train.index.day_of_week, weights=train.to_numpy(float), minlength=7)
    if (per_day <= 0).any():
        raise ValueError("every day of the week needs a post")
    X = design_matrix(train.index, harmonics, days)  # noqa: F821 (the set-up cell defines it)
    fit = sm.GLM(train.to_numpy(float), X, family=sm.families.Poisson()).fit(tol=1e-12)
    return pd.Series(np.exp(design_matrix(at, harmonics, days) @ fit.params), index=at)  # noqa: F821
