# wrong: scikit-learn's PoissonRegressor with its default L2 penalty (alpha=1.0) shrinks the seasonal effects.
import numpy as np
import pandas as pd
from sklearn.linear_model import PoissonRegressor


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
    X = design_matrix(train.index, harmonics, days)[:, 1:]  # noqa: F821 (the set-up cell defines it)
    model = PoissonRegressor(max_iter=1000).fit(X, train.to_numpy(float))
    new = design_matrix(at, harmonics, days)[:, 1:]  # noqa: F821
    return pd.Series(model.predict(new) if len(at) else [], index=at, dtype=float)
