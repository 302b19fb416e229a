# Correct alternative: plain Python sums, the normal tail through math.erfc.
import math


def dispersion_test(y, mu, n_params):
    """Pearson dispersion ratio and the Cameron-Trivedi regression test of Poisson against NB2 overdispersion."""
    ys = [float(v) for v in y]
    ms = [float(v) for v in mu]
    if len(ys) != len(ms):
        raise ValueError("y and mu differ in length")
    n = len(ys)
    if n <= n_params:
        raise ValueError("too few observations")
    if any(m <= 0 for m in ms):
        raise ValueError("means must be positive")
    pearson = sum((a - m) ** 2 / m for a, m in zip(ys, ms)) / (n - n_params)
    z = [((a - m) ** 2 - a) / m for a, m in zip(ys, ms)]
    smm = sum(m * m for m in ms)
    alpha = sum(zi * m for zi, m in zip(z, ms)) / smm
    rss = sum((zi - alpha * m) ** 2 for zi, m in zip(z, ms))
    t = alpha / math.sqrt(rss / (n - 1) / smm)
    return {
        "pearson_ratio": pearson,
        "alpha": alpha,
        "t": t,
        "p_value": 0.5 * math.erfc(t / math.sqrt(2)),
    }
