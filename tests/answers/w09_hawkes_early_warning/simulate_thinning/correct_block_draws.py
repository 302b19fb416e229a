# Correct alternative: draws the uniforms and exponentials in blocks (vectorised draws) and carries log-free state.
import math

import numpy as np


def simulate_thinning(mu, n, beta, end, rng):
    """One realisation of the exponential-kernel Hawkes process on [0, end) by Ogata's thinning."""
    if mu <= 0 or beta <= 0 or n < 0 or n >= 1 or end < 0:
        raise ValueError("bad parameters")
    out = []
    t, x = 0.0, 0.0
    waits, coins, k = rng.exponential(size=256), rng.random(256), 0
    while True:
        if k == len(waits):
            waits, coins, k = rng.exponential(size=256), rng.random(256), 0
        bound = mu + x
        w = waits[k] / bound
        u = coins[k]
        k += 1
        t += w
        if t >= end:
            return np.asarray(out, dtype=float)
        x *= math.exp(-beta * w)
        if u <= (mu + x) / bound:
            out.append(t)
            x += n * beta
