# Correct alternative: scikit-learn's PoissonRegressor without penalty, Newton solver, its own features from pandas.
import numpy as np
import pandas as pd
from sklearn.linear_model import PoissonRegressor


def seasonal_baseline(train, at=None, harmonics=2, days="weekday"):
    """Expected counts at `at` from a Poisson log-linear model (daily harmonics + day effects) fitted to `train`."""
    if harmonics < 0 or harmonics > 11:
        raise ValueError("harmonics out of range")
    if days != "weekday" and days != "weekend":
        raise ValueError("unknown days")
    if at is None:
        at = train.index
    weekday = pd.Series(np.asarray(train.index.day_of_week))
    groups = weekday if days == "weekday" else weekday >= 5
    totals = pd.Series(train.to_numpy(dtype=float)).groupby(groups).sum()
    if len(totals) < (7 if days == "weekday" else 2) or (totals <= 0).any():
        raise ValueError("a group of days without posts")

    def features(index):
        frame = pd.DataFrame(index=range(len(index)))
        for k in range(1, harmonics + 1):
            frame[f"sin{k}"] = np.sin(2 * np.pi * k * np.asarray(index.hour) / 24)
            frame[f"cos{k}"] = np.cos(2 * np.pi * k * np.asarray(index.hour) / 24)
        if days == "weekday":
            for d in range(1, 7):
                frame[f"day{d}"] = (np.asarray(index.day_of_week) == d).astype(float)
        else:
            frame["weekend"] = (np.asarray(index.day_of_week) >= 5).astype(float)
        return frame.to_numpy()

    model = PoissonRegressor(alpha=0.0, solver="newton-cholesky", tol=1e-12, max_iter=1000)
    model.fit(features(train.index), train.to_numpy(dtype=float))
    return pd.Series(model.predict(features(at)) if len(at) else np.array([]), index=at)
