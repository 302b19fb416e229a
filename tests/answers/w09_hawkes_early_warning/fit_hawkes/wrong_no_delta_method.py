# Wrong: reports the standard errors of log mu, logit n and log beta as if they were those of mu, n and beta.
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
    z = best.x
    h = np.empty((3, 3))
    eps = 1e-4
    for i in range(3):
        for j in range(3):
            a, b = np.eye(3)[i] * eps, np.eye(3)[j] * eps
            h[i, j] = (
                negative(z + a + b)
                - negative(z + a - b)
                - negative(z - a + b)
                + negative(z - a - b)
            ) / (4 * eps**2)
    se = np.sqrt(np.diag(np.linalg.inv(h)))
    return {
        "mu": math.exp(z[0]),
        "n": 1 / (1 + math.exp(-z[1])),
        "beta": math.exp(z[2]),
        "se_mu": se[0],
        "se_n": se[1],
        "se_beta": se[2],
        "loglik": -best.fun,
    }
