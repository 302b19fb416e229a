# Correct alternative: scikit-learn's PoissonRegressor without penalty, Newton solver, design from pandas.
import numpy as np
import pandas as pd
from sklearn.linear_model import PoissonRegressor


def seasonal_baseline(train, at=None, harmonics=2):
    """Expected counts at `at` from a Poisson log-linear model (daily harmonics + weekday effects) fitted to `train`."""
    if harmonics < 0 or harmonics > 11:
        raise ValueError("harmonics out of range")
    if at is None:
        at = train.index
    totals = train.groupby(np.asarray(train.index.day_of_week)).sum()
    if len(totals) < 7 or (totals <= 0).any():
        raise ValueError("a weekday without posts")

    def features(index):
        frame = pd.DataFrame(index=range(len(index)))
        for k in range(1, harmonics + 1):
            frame[f"sin{k}"] = np.sin(2 * np.pi * k * np.asarray(index.hour) / 24)
            frame[f"cos{k}"] = np.cos(2 * np.pi * k * np.asarray(index.hour) / 24)
        for d in range(1, 7):
            frame[f"day{d}"] = (np.asarray(index.day_of_week) == d).astype(float)
        return frame.to_numpy()

    model = PoissonRegressor(alpha=0.0, solver="newton-cholesky", tol=1e-12, max_iter=1000)
    model.fit(features(train.index), train.to_numpy(dtype=float))
    return pd.Series(model.predict(features(at)) if len(at) else np.array([]), index=at)
