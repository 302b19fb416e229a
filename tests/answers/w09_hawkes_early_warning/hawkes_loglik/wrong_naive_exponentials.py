# Wrong: R_i = exp(-beta t_i) * cumsum(exp(beta t_j)): overflows for large beta * t.
import numpy as np


def hawkes_loglik(times, end, mu, n, beta):
    """Exact log-likelihood of sorted event times on [0, end] under the exponential-kernel Hawkes process."""
    t = np.asarray(times, dtype=float)
    grow = np.exp(beta * t)
    r = np.zeros(len(t))
    r[1:] = np.exp(-beta * t[1:]) * np.cumsum(grow)[:-1]
    return float(
        np.log(mu + n * beta * r).sum() - mu * end - n * np.sum(1.0 - np.exp(-beta * (end - t)))
    )
