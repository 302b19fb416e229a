# Wrong: accepts with the bound's own excitation (forgets to decay it over the wait), so every candidate is kept.
import math

import numpy as np


def simulate_thinning(mu, n, beta, end, rng):
    """One realisation of the exponential-kernel Hawkes process on [0, end) by Ogata's thinning."""
    if not (mu > 0 and beta > 0 and 0 <= n < 1 and end >= 0):
        raise ValueError("need mu > 0, beta > 0, 0 <= n < 1 and end >= 0")
    accepted = []
    t, excitation = 0.0, 0.0
    while True:
        bound = mu + excitation
        wait = rng.exponential(1.0 / bound)
        t += wait
        if t >= end:
            break
        if rng.random() * bound < mu + excitation:
            accepted.append(t)
            excitation += n * beta
        excitation *= math.exp(-beta * wait)
    return np.array(accepted, dtype=float)
