# Wrong: averages F1 over every label of the whole data, so a label absent from a group counts as 0.
import numpy as np
from sklearn.metrics import f1_score


def bootstrap_gap(y_true, y_pred, groups, a, b, n_boot=1000, seed=0, level=0.95):
    """Macro-F1 of group a minus group b, with a percentile bootstrap interval (resampling within groups)."""
    t, p, g = np.asarray(y_true), np.asarray(y_pred), np.asarray(groups)
    if not len(t) == len(p) == len(g) or n_boot < 1 or not 0 < level < 1:
        raise ValueError("bad input")
    ra, rb = np.flatnonzero(g == a), np.flatnonzero(g == b)
    if len(ra) == 0 or len(rb) == 0:
        raise ValueError("empty group")
    labels = np.unique(np.concatenate([t, p]))
    f1 = lambda rows: f1_score(t[rows], p[rows], labels=labels, average="macro", zero_division=0)
    rng = np.random.default_rng(seed)
    gaps = []
    for _ in range(n_boot):
        ia = rng.integers(0, len(ra), size=len(ra))
        ib = rng.integers(0, len(rb), size=len(rb))
        gaps.append(f1(ra[ia]) - f1(rb[ib]))
    low, high = np.quantile(gaps, [(1 - level) / 2, (1 + level) / 2])
    return {"gap": float(f1(ra) - f1(rb)), "low": float(low), "high": float(high)}
