# Correct alternative: per-resample confusion counts with numpy bincount on integer-coded labels.
import numpy as np


def bootstrap_gap(y_true, y_pred, groups, a, b, n_boot=1000, seed=0, level=0.95):
    """Macro-F1 of group a minus group b, with a percentile bootstrap interval (resampling within groups)."""
    t, p, g = list(y_true), list(y_pred), list(groups)
    if not (len(t) == len(p) == len(g)):
        raise ValueError("lengths")
    if n_boot < 1 or level <= 0 or level >= 1:
        raise ValueError("options")
    codes = {label: k for k, label in enumerate(sorted(set(t) | set(p), key=repr))}
    tc = np.array([codes[v] for v in t], dtype=int)
    pc = np.array([codes[v] for v in p], dtype=int)
    ga = np.array([i for i, v in enumerate(g) if v == a], dtype=int)
    gb = np.array([i for i, v in enumerate(g) if v == b], dtype=int)
    if len(ga) == 0 or len(gb) == 0:
        raise ValueError("group without cases")
    K = len(codes)

    def macro(rows):
        n_true = np.bincount(tc[rows], minlength=K)
        n_pred = np.bincount(pc[rows], minlength=K)
        tp = np.bincount(tc[rows][tc[rows] == pc[rows]], minlength=K)
        present = (n_true + n_pred) > 0
        return float(np.mean(2 * tp[present] / (n_true + n_pred)[present]))

    rng = np.random.default_rng(seed)
    gaps = []
    for _ in range(n_boot):
        ia = rng.integers(0, len(ga), size=len(ga))
        ib = rng.integers(0, len(gb), size=len(gb))
        gaps.append(macro(ga[ia]) - macro(gb[ib]))
    low, high = np.quantile(np.array(gaps), [(1 - level) / 2, (1 + level) / 2])
    return {"gap": macro(ga) - macro(gb), "low": float(low), "high": float(high)}
