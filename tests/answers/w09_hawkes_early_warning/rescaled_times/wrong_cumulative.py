# Wrong: returns the compensator Lambda(t_i) itself, not its increments.
import numpy as np


def rescaled_times(times, mu, n, beta):
    """Compensator increments tau_i = Lambda(t_i) - Lambda(t_{i-1}) (t_0 = 0) of the exponential-kernel Hawkes process."""
    t = np.asarray(times, dtype=float)
    out = []
    for i, ti in enumerate(t):
        out.append(mu * ti + n * np.sum(1.0 - np.exp(-beta * (ti - t[:i]))))
    return np.array(out, dtype=float)
