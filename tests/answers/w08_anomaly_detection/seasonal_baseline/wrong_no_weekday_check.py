# wrong: never checks that every group of days has posts (the fit then runs on a singular or separated design).
import numpy as np
import pandas as pd
import statsmodels.api as sm


def seasonal_baseline(train, at=None, harmonics=2, days="weekday"):
    """Expected counts at `at` from a Poisson log-linear model (daily harmonics + day effects) fitted to `train`."""
    if not 0 <= harmonics <= 11:
        raise ValueError("harmonics must be between 0 and 11")
    at = train.index if at is None else at
    X = design_matrix(train.index, harmonics, days)  # noqa: F821 (the set-up cell defines it)
    fit = sm.GLM(train.to_numpy(float), X, family=sm.families.Poisson()).fit()
    return pd.Series(np.exp(design_matrix(at, harmonics, days) @ fit.params), index=at)  # noqa: F821
