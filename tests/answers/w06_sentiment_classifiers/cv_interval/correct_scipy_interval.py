# Correct alternative: scipy.stats.t.interval with the corrected standard error as scale.
import numpy as np
from scipy import stats


def cv_interval(scores, n_train, n_test, level=0.95, corrected=True):
    """Mean of cross-validated scores with a t interval, optionally Nadeau-Bengio corrected."""
    s = np.array(scores, dtype=float)
    if s.size < 2 or np.isnan(s).any() or np.isinf(s).any():
        raise ValueError("need >= 2 finite scores")
    if level <= 0 or level >= 1 or n_train <= 0 or n_test <= 0:
        raise ValueError("bad level or sizes")
    ratio = n_test / n_train if corrected else 0.0
    se = np.sqrt((1 / s.size + ratio) * s.var(ddof=1))
    m = float(s.mean())
    if se == 0:
        return m, m, m
    low, high = stats.t.interval(level, s.size - 1, loc=m, scale=se)
    return m, float(low), float(high)
