# Wrong: takes the standard errors from BFGS's approximate inverse Hessian (built to optimise, not for inference).

import numpy as np
from scipy import optimize


def fit_hawkes(times, end):
    """Maximum-likelihood estimates of (mu, n, beta), their standard errors and the maximised log-likelihood."""
    times = np.sort(np.asarray(times, dtype=float))

    def negative(theta):
        mu, n, beta = theta
        if mu <= 0 or beta <= 0 or not 0 <= n < 1:
            return 1e100
        return -hawkes_loglik(times, end, mu, n, beta)

    gap = float(np.median(np.diff(times)))
    best = None
    for beta0 in (0.1 / gap, 1.0 / gap, 10.0 / gap):
        res = optimize.minimize(negative, [len(times) / end / 2, 0.5, beta0], method="BFGS")
        if best is None or res.fun < best.fun:
            best = res
    se = np.sqrt(np.diag(best.hess_inv))
    mu, n, beta = best.x
    return {
        "mu": mu,
        "n": n,
        "beta": beta,
        "se_mu": se[0],
        "se_n": se[1],
        "se_beta": se[2],
        "loglik": -best.fun,
    }
