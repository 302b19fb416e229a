# wrong: the auxiliary regression is fitted with an intercept, which the NB2 moment condition does not have.
import numpy as np
import statsmodels.api as sm
from scipy import stats


def dispersion_test(y, mu, n_params):
    """Pearson dispersion ratio and the Cameron-Trivedi regression test of Poisson against NB2 overdispersion."""
    y, mu = np.asarray(y, float), np.asarray(mu, float)
    if y.shape != mu.shape or len(y) <= n_params or (mu <= 0).any():
        raise ValueError("bad input")
    aux = sm.OLS(((y - mu) ** 2 - y) / mu, sm.add_constant(mu, has_constant="add")).fit()
    t = float(aux.tvalues[1])
    return {
        "pearson_ratio": float(np.sum((y - mu) ** 2 / mu) / (len(y) - n_params)),
        "alpha": float(aux.params[1]),
        "t": t,
        "p_value": float(stats.norm.sf(t)),
    }
