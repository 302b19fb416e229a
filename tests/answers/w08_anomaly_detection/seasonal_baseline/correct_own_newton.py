# Correct alternative: own Newton-Raphson (IRLS), one dummy per group of days and no intercept (the same model).
import numpy as np
import pandas as pd


def seasonal_baseline(train, at=None, harmonics=2, days="weekday"):
    """Expected counts at `at` from a Poisson log-linear model (daily harmonics + day effects) fitted to `train`."""
    if not 0 <= harmonics <= 11:
        raise ValueError("harmonics must be between 0 and 11")
    if days not in ("weekday", "weekend"):
        raise ValueError("days must be 'weekday' or 'weekend'")
    at = train.index if at is None else at
    n_groups = 7 if days == "weekday" else 2

    def design(index):
        hour = np.array([t.hour for t in index], dtype=float)
        day = np.array([t.weekday() for t in index], dtype=int)
        group = day if days == "weekday" else (day >= 5).astype(int)
        cols = [(group == g).astype(float) for g in range(n_groups)]
        for k in range(1, harmonics + 1):
            cols += [np.sin(2 * np.pi * k * hour / 24), np.cos(2 * np.pi * k * hour / 24)]
        return np.column_stack(cols) if len(index) else np.zeros((0, n_groups + 2 * harmonics))

    X, y = design(train.index), np.asarray(train, dtype=float)
    per_group = X[:, :n_groups].T @ y
    if (per_group <= 0).any():
        raise ValueError("every group of days needs a post")
    beta = np.zeros(X.shape[1])
    beta[:n_groups] = np.log(per_group / X[:, :n_groups].sum(axis=0))
    for _ in range(100):
        mu = np.exp(X @ beta)
        step = np.linalg.solve(X.T @ (X * mu[:, None]), X.T @ (y - mu))
        beta = beta + step
        if np.max(np.abs(step)) < 1e-12:
            break
    return pd.Series(np.exp(design(at) @ beta), index=at)
