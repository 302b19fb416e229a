# wrong: scikit-learn's PoissonRegressor with its default L2 penalty (alpha=1.0) shrinks the seasonal effects.
import numpy as np
import pandas as pd
from sklearn.linear_model import PoissonRegressor


def seasonal_baseline(train, at=None, harmonics=2):
    """Expected counts at `at` from a Poisson log-linear model (daily harmonics + weekday effects) fitted to `train`."""
    if not 0 <= harmonics <= 11:
        raise ValueError("harmonics must be between 0 and 11")
    at = train.index if at is None else at
    if (
        np.bincount(train.index.day_of_week, weights=train.to_numpy(float), minlength=7) <= 0
    ).any():
        raise ValueError("every weekday needs a post")

    def design(index):
        hour = np.asarray(index.hour, dtype=float)
        cols = []
        for k in range(1, harmonics + 1):
            cols += [np.sin(2 * np.pi * k * hour / 24), np.cos(2 * np.pi * k * hour / 24)]
        cols += [(np.asarray(index.day_of_week) == d).astype(float) for d in range(1, 7)]
        return np.column_stack(cols)

    model = PoissonRegressor(max_iter=1000).fit(design(train.index), train.to_numpy(float))
    return pd.Series(model.predict(design(at)) if len(at) else [], index=at, dtype=float)
