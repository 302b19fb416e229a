# Correct alternative: a full lag matrix with the future masked to -inf before exponentiating.
import numpy as np


def hawkes_intensity(t, events, mu, n, beta):
    """Conditional intensity mu + n*beta*sum_{t_i < t} exp(-beta (t - t_i)) at each time in t."""
    times = np.asarray(t, dtype=float)
    ev = np.asarray(events, dtype=float).reshape(-1)
    lags = times.reshape(-1, 1) - ev.reshape(1, -1)
    exponent = np.where(lags > 0, -beta * lags, -np.inf)
    total = mu + n * beta * np.exp(exponent).sum(axis=1)
    return total.reshape(times.shape) if times.ndim else np.float64(total[0])
