# Correct alternative: L-BFGS-B with bounds in (mu, n, beta), a grid of starts, Hessian by central differences in (mu, n, beta).
import numpy as np
from scipy import optimize


def fit_hawkes(times, end):
    """Maximum-likelihood estimates of (mu, n, beta), their standard errors and the maximised log-likelihood."""
    t = np.sort(np.asarray(times, dtype=float))

    def loglik(theta):
        mu, n, beta = theta
        scaled = beta * t
        running = np.logaddexp.accumulate(scaled)
        r = np.zeros(t.size)
        r[1:] = np.exp(running[:-1] - scaled[1:])
        return float(
            np.log(mu + n * beta * r).sum() - mu * end - n * np.sum(1 - np.exp(-beta * (end - t)))
        )

    rate = t.size / end
    best = None
    for beta0 in rate * np.array([0.3, 3.0, 30.0]):
        for n0 in (0.3, 0.7):
            start = np.array([rate * (1 - n0), n0, beta0])
            scale = start.copy()
            res = optimize.minimize(
                lambda z, scale=scale: -loglik(z * scale),
                start / scale,
                method="L-BFGS-B",
                bounds=[(1e-9, None), (0.0, 0.999 / n0), (1e-9, None)],
            )
            if best is None or res.fun < best[1]:
                best = (res.x * scale, res.fun)
    theta = best[0]
    h = np.zeros((3, 3))
    steps = 1e-4 * theta
    for i in range(3):
        for j in range(i, 3):
            di, dj = np.zeros(3), np.zeros(3)
            di[i], dj[j] = steps[i], steps[j]
            value = (
                loglik(theta + di + dj)
                - loglik(theta + di - dj)
                - loglik(theta - di + dj)
                + loglik(theta - di - dj)
            ) / (4 * steps[i] * steps[j])
            h[i, j] = h[j, i] = value
    cov = np.linalg.inv(-h)
    se = np.sqrt(np.diag(cov))
    return {
        "mu": theta[0],
        "n": theta[1],
        "beta": theta[2],
        "se_mu": se[0],
        "se_n": se[1],
        "se_beta": se[2],
        "loglik": loglik(theta),
    }
