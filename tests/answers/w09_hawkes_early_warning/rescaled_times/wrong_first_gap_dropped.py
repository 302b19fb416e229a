# Wrong: starts at the first event (t_0 = t_1), so the first increment is 0 instead of mu * t_1.
import math

import numpy as np


def rescaled_times(times, mu, n, beta):
    """Compensator increments tau_i = Lambda(t_i) - Lambda(t_{i-1}) (t_0 = 0) of the exponential-kernel Hawkes process."""
    t = list(times)
    if not t:
        return np.zeros(0)
    out = [0.0]
    carried = 1.0
    for previous, current in zip(t[:-1], t[1:]):
        gap = current - previous
        out.append(mu * gap + n * carried * (1.0 - math.exp(-beta * gap)))
        carried = 1.0 + math.exp(-beta * gap) * carried
    return np.array(out, dtype=float)
