# Correct alternative: the given design_matrix with statsmodels' discrete Poisson model (Newton), groups checked with pandas.
import numpy as np
import pandas as pd
import statsmodels.api as sm


def seasonal_baseline(train, at=None, harmonics=2, days="weekday"):
    """Expected counts at `at` from a Poisson log-linear model (daily harmonics + day effects) fitted to `train`."""
    if harmonics not in range(12):
        raise ValueError("harmonics must be 0..11")
    if days not in {"weekday", "weekend"}:
        raise ValueError("days must be 'weekday' or 'weekend'")
    at = train.index if at is None else at
    day = pd.Series(train.index.day_of_week, index=train.index)
    needed = range(7) if days == "weekday" else [False, True]
    key = day if days == "weekday" else day >= 5
    totals = train.groupby(key).sum().reindex(needed, fill_value=0)
    if (totals <= 0).any():
        raise ValueError("a group of days has no post")
    X = design_matrix(train.index, harmonics, days)  # noqa: F821 (the set-up cell defines it)
    fit = sm.Poisson(train.to_numpy(dtype=float), X).fit(
        method="newton", maxiter=200, disp=0, tol=1e-12
    )
    return pd.Series(np.exp(design_matrix(at, harmonics, days) @ fit.params), index=at)  # noqa: F821
