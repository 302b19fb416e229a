# Wrong: resamples all cases of both groups together instead of each group within itself.
import numpy as np
from sklearn.metrics import f1_score


def bootstrap_gap(y_true, y_pred, groups, a, b, n_boot=1000, seed=0, level=0.95):
    """Macro-F1 of group a minus group b, with a percentile bootstrap interval (resampling within groups)."""
    t, p, g = np.asarray(y_true), np.asarray(y_pred), np.asarray(groups)
    if not len(t) == len(p) == len(g) or n_boot < 1 or not 0 < level < 1:
        raise ValueError("bad input")
    both = np.flatnonzero((g == a) | (g == b))
    if not (g == a).any() or not (g == b).any():
        raise ValueError("empty group")
    f1 = lambda rows: f1_score(t[rows], p[rows], average="macro", zero_division=0)
    rng = np.random.default_rng(seed)
    gaps = []
    for _ in range(n_boot):
        rows = both[rng.integers(0, len(both), size=len(both))]
        in_a, in_b = rows[g[rows] == a], rows[g[rows] == b]
        gaps.append((f1(in_a) if len(in_a) else 0.0) - (f1(in_b) if len(in_b) else 0.0))
    low, high = np.quantile(gaps, [(1 - level) / 2, (1 + level) / 2])
    return {
        "gap": float(f1(np.flatnonzero(g == a)) - f1(np.flatnonzero(g == b))),
        "low": float(low),
        "high": float(high),
    }
