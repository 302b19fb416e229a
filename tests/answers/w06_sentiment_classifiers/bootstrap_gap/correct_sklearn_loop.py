# Correct alternative: a plain loop over resamples calling scikit-learn's f1_score.
import numpy as np
from sklearn.metrics import f1_score


def bootstrap_gap(y_true, y_pred, groups, a, b, n_boot=1000, seed=0, level=0.95):
    """Macro-F1 of group a minus group b, with a percentile bootstrap interval (resampling within groups)."""
    t, p, g = np.asarray(y_true), np.asarray(y_pred), np.asarray(groups)
    if len(t) != len(p) or len(t) != len(g):
        raise ValueError("lengths")
    if n_boot < 1 or not (0 < level < 1):
        raise ValueError("n_boot or level")
    rows_a, rows_b = np.flatnonzero(g == a), np.flatnonzero(g == b)
    if rows_a.size == 0 or rows_b.size == 0:
        raise ValueError("empty group")

    def f1(rows):
        return f1_score(t[rows], p[rows], average="macro", zero_division=0)

    rng = np.random.default_rng(seed)
    gaps = np.empty(n_boot)
    for r in range(n_boot):
        ia = rng.integers(0, rows_a.size, size=rows_a.size)
        ib = rng.integers(0, rows_b.size, size=rows_b.size)
        gaps[r] = f1(rows_a[ia]) - f1(rows_b[ib])
    low, high = np.quantile(gaps, [(1 - level) / 2, (1 + level) / 2])
    return {"gap": float(f1(rows_a) - f1(rows_b)), "low": float(low), "high": float(high)}
