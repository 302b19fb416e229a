# Correct alternative: the auxiliary regression through statsmodels OLS (no constant), p-value from scipy.
import numpy as np
import statsmodels.api as sm
from scipy import stats


def dispersion_test(y, mu, n_params):
    """Pearson dispersion ratio and the Cameron-Trivedi regression test of Poisson against NB2 overdispersion."""
    y = np.asarray(y, dtype=float)
    mu = np.asarray(mu, dtype=float)
    if len(y) != len(mu):
        raise ValueError("lengths differ")
    if len(y) <= n_params or np.any(mu <= 0):
        raise ValueError("bad input")
    aux = sm.OLS(((y - mu) ** 2 - y) / mu, mu).fit()
    t = float(aux.tvalues[0])
    return {
        "pearson_ratio": float(np.sum((y - mu) ** 2 / mu) / (len(y) - n_params)),
        "alpha": float(aux.params[0]),
        "t": t,
        "p_value": float(stats.norm.sf(t)),
    }
