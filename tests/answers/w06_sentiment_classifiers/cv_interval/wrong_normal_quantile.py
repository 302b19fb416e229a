# Wrong: the normal quantile 1.96 (z) instead of Student's t with J - 1 degrees of freedom.
import numpy as np
from scipy import stats


def cv_interval(scores, n_train, n_test, level=0.95, corrected=True):
    """Mean of cross-validated scores with a t interval, optionally Nadeau-Bengio corrected."""
    s = np.asarray(scores, dtype=float)
    if s.size < 2 or not np.isfinite(s).all() or not 0 < level < 1 or n_train <= 0 or n_test <= 0:
        raise ValueError("bad input")
    factor = 1 / s.size + (n_test / n_train if corrected else 0)
    half = stats.norm.ppf((1 + level) / 2) * np.sqrt(factor * s.var(ddof=1))
    return float(s.mean()), float(s.mean() - half), float(s.mean() + half)
