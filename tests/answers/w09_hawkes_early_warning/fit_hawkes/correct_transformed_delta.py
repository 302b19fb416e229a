# Correct alternative: Nelder-Mead over (log mu, logit n, log beta); Hessian there, then the delta method back.
import math

import numpy as np
from scipy import optimize


def fit_hawkes(times, end):
    """Maximum-likelihood estimates of (mu, n, beta), their standard errors and the maximised log-likelihood."""
    t = np.asarray(times, dtype=float)

    def natural(z):
        return np.array([math.exp(z[0]), 1 / (1 + math.exp(-z[1])), math.exp(z[2])])

    def minus(z):
        mu, n, beta = natural(z)
        return -hawkes_loglik(t, end, mu, n, beta)

    gaps = np.diff(t)
    typical = float(np.mean(gaps)) if gaps.size else end
    best = None
    for factor in (0.05, 0.5, 5.0):
        res = optimize.minimize(
            minus,
            [math.log(0.5 * t.size / end), 0.0, math.log(factor / typical)],
            method="Nelder-Mead",
            options={"xatol": 1e-9, "fatol": 1e-10, "maxiter": 5000},
        )
        if best is None or res.fun < best.fun:
            best = res
    z = best.x
    h = np.zeros((3, 3))
    eps = 1e-4
    for i in range(3):
        for j in range(3):
            a, b = np.eye(3)[i] * eps, np.eye(3)[j] * eps
            h[i, j] = (
                minus(z + a + b) - minus(z + a - b) - minus(z - a + b) + minus(z - a - b)
            ) / (4 * eps * eps)
    mu, n, beta = natural(z)
    jac = np.diag([mu, n * (1 - n), beta])  # d(natural)/d(z) at the optimum
    cov = jac @ np.linalg.inv(h) @ jac.T
    se = np.sqrt(np.diag(cov))
    return {
        "mu": float(mu),
        "n": float(n),
        "beta": float(beta),
        "se_mu": float(se[0]),
        "se_n": float(se[1]),
        "se_beta": float(se[2]),
        "loglik": float(-minus(z)),
    }
