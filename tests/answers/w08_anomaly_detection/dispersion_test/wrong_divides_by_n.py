# wrong: the Pearson statistic divided by n instead of the residual degrees of freedom n - p.
import numpy as np
from scipy import stats


def dispersion_test(y, mu, n_params):
    """Pearson dispersion ratio and the Cameron-Trivedi regression test of Poisson against NB2 overdispersion."""
    y, mu = np.asarray(y, float), np.asarray(mu, float)
    if y.shape != mu.shape or len(y) <= n_params or (mu <= 0).any():
        raise ValueError("bad input")
    z = ((y - mu) ** 2 - y) / mu
    alpha = z @ mu / (mu @ mu)
    t = alpha / np.sqrt(np.sum((z - alpha * mu) ** 2) / (len(y) - 1) / (mu @ mu))
    return {
        "pearson_ratio": float(np.mean((y - mu) ** 2 / mu)),
        "alpha": float(alpha),
        "t": float(t),
        "p_value": float(stats.norm.sf(t)),
    }
