# Correct alternative: evaluates the compensator Lambda at every event and takes differences (chunked, exact).
import numpy as np


def rescaled_times(times, mu, n, beta):
    """Compensator increments tau_i = Lambda(t_i) - Lambda(t_{i-1}) (t_0 = 0) of the exponential-kernel Hawkes process."""
    t = np.asarray(times, dtype=float)
    if t.size == 0:
        return np.zeros(0)
    scaled = beta * t
    running = np.logaddexp.accumulate(scaled)
    before = np.zeros(t.size)  # sum over j < i of exp(-beta (t_i - t_j))
    before[1:] = np.exp(running[:-1] - scaled[1:])
    count_before = np.arange(t.size)
    # Lambda(t_i) = mu t_i + n * sum_{j<i} (1 - exp(-beta (t_i - t_j)))
    big_lambda = mu * t + n * (count_before - before)
    return np.diff(np.concatenate([[0.0], big_lambda]))
