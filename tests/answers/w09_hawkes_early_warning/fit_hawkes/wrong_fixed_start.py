# Wrong: starts every fit at beta = 1 and n = 0.5 whatever the time unit, with one local search.

import numpy as np
from scipy import optimize


def fit_hawkes(times, end):
    """Maximum-likelihood estimates of (mu, n, beta), their standard errors and the maximised log-likelihood."""
    times = np.sort(np.asarray(times, dtype=float))

    def negative(theta):
        return -hawkes_loglik(times, end, *theta)

    best = optimize.minimize(
        negative,
        [1.0, 0.5, 1.0],
        method="L-BFGS-B",
        bounds=[(1e-6, None), (0.0, 0.999), (1e-6, None)],
    )
    theta = best.x
    steps = 1e-4 * theta
    h = np.empty((3, 3))
    for i in range(3):
        for j in range(3):
            a, b = np.eye(3)[i] * steps[i], np.eye(3)[j] * steps[j]
            h[i, j] = (
                negative(theta + a + b)
                - negative(theta + a - b)
                - negative(theta - a + b)
                + negative(theta - a - b)
            ) / (4 * steps[i] * steps[j])
    se = np.sqrt(np.diag(np.linalg.inv(h)))
    return {
        "mu": theta[0],
        "n": theta[1],
        "beta": theta[2],
        "se_mu": se[0],
        "se_n": se[1],
        "se_beta": se[2],
        "loglik": -best.fun,
    }
