# Correct alternative: the variance written out by hand and the t quantile from scipy.stats.t.
import math

from scipy import stats


def cv_interval(scores, n_train, n_test, level=0.95, corrected=True):
    """Mean of cross-validated scores with a t interval, optionally Nadeau-Bengio corrected."""
    s = [float(v) for v in scores]
    J = len(s)
    if J < 2 or any(not math.isfinite(v) for v in s):
        raise ValueError("scores")
    if not (0 < level < 1) or not n_train > 0 or not n_test > 0:
        raise ValueError("level or sizes")
    mean = sum(s) / J
    var = sum((v - mean) ** 2 for v in s) / (J - 1)
    factor = (1 / J + n_test / n_train) if corrected else 1 / J
    half = stats.t(J - 1).ppf(0.5 + level / 2) * math.sqrt(factor * var)
    return (mean, mean - half, mean + half)
