# Wrong: se = 1/sqrt(diagonal of the observed information), ignoring the correlation between estimates.
import math

import numpy as np
from scipy import optimize


def fit_hawkes(times, end):
    """Maximum-likelihood estimates of (mu, n, beta), their standard errors and the maximised log-likelihood."""
    times = np.sort(np.asarray(times, dtype=float))

    def negative(z):
        return -hawkes_loglik(times, end, math.exp(z[0]), 1 / (1 + math.exp(-z[1])), math.exp(z[2]))

    gap = max(float(np.median(np.diff(times))), 1e-9)
    best = min(
        (
            optimize.minimize(
                negative,
                [math.log(len(times) / end / 2), 0.0, math.log(b / gap)],
                method="L-BFGS-B",
            )
            for b in (0.1, 1.0, 10.0)
        ),
        key=lambda r: r.fun,
    )
    theta = np.array([math.exp(best.x[0]), 1 / (1 + math.exp(-best.x[1])), math.exp(best.x[2])])

    def loglik(v):
        return hawkes_loglik(times, end, *v)

    steps = 1e-4 * theta
    h = np.empty((3, 3))
    for i in range(3):
        for j in range(3):
            a, b = np.eye(3)[i] * steps[i], np.eye(3)[j] * steps[j]
            h[i, j] = (
                loglik(theta + a + b)
                - loglik(theta + a - b)
                - loglik(theta - a + b)
                + loglik(theta - a - b)
            ) / (4 * steps[i] * steps[j])
    se = 1 / np.sqrt(np.diag(-h))
    return {
        "mu": theta[0],
        "n": theta[1],
        "beta": theta[2],
        "se_mu": se[0],
        "se_n": se[1],
        "se_beta": se[2],
        "loglik": loglik(theta),
    }
