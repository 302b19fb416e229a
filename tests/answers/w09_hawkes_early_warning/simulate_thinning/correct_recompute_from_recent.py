# Correct alternative: keeps the accepted times and recomputes the excitation from them (numpy sum), still exact.
import numpy as np


def simulate_thinning(mu, n, beta, end, rng):
    """One realisation of the exponential-kernel Hawkes process on [0, end) by Ogata's thinning."""
    if not (mu > 0 and beta > 0 and 0 <= n < 1 and end >= 0):
        raise ValueError("need mu > 0, beta > 0, 0 <= n < 1 and end >= 0")
    events = []
    t = 0.0
    bound = mu
    while True:
        t += rng.exponential(1.0 / bound)
        if t >= end:
            break
        recent = np.array(events[-200:]) if events else np.zeros(0)
        current = mu + n * beta * np.exp(-beta * (t - recent)).sum()
        if rng.uniform(0.0, bound) <= current:
            events.append(t)
            current += n * beta
        bound = current
    return np.array(events, dtype=float)
