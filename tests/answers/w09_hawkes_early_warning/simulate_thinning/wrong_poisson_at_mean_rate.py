# Wrong: a Poisson process at the stationary mean rate mu/(1-n): right mean, no clustering.
import numpy as np


def simulate_thinning(mu, n, beta, end, rng):
    """One realisation of the exponential-kernel Hawkes process on [0, end) by Ogata's thinning."""
    if not (mu > 0 and beta > 0 and 0 <= n < 1 and end >= 0):
        raise ValueError("need mu > 0, beta > 0, 0 <= n < 1 and end >= 0")
    count = rng.poisson(mu / (1 - n) * end)
    return np.sort(rng.uniform(0, end, count))
