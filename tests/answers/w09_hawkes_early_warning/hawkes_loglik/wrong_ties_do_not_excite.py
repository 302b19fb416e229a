# Wrong: uses strictly earlier times (t_j < t_i), so tied events do not excite each other.
import numpy as np


def hawkes_loglik(times, end, mu, n, beta):
    """Exact log-likelihood of sorted event times on [0, end] under the exponential-kernel Hawkes process."""
    t = np.asarray(times, dtype=float)
    total = -mu * end - n * np.sum(1.0 - np.exp(-beta * (end - t)))
    r, last_time, pending = 0.0, None, 0.0  # pending: sum over events at last_time
    for ti in t:
        if last_time is not None and ti > last_time:
            r = np.exp(-beta * (ti - last_time)) * (r + pending)
            pending = 0.0
        total += np.log(mu + n * beta * r)
        pending += 1.0
        last_time = ti
    return float(total)
