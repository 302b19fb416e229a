# Correct alternative: the recursion A_i = 1 + exp(-beta dt) A_{i-1} in a loop.
import math

import numpy as np


def rescaled_times(times, mu, n, beta):
    """Compensator increments tau_i = Lambda(t_i) - Lambda(t_{i-1}) (t_0 = 0) of the exponential-kernel Hawkes process."""
    out = []
    previous, carried = 0.0, 0.0
    for t in times:
        gap = t - previous
        out.append(mu * gap + n * carried * (1.0 - math.exp(-beta * gap)))
        carried = 1.0 + math.exp(-beta * gap) * carried
        previous = t
    return np.array(out, dtype=float)
