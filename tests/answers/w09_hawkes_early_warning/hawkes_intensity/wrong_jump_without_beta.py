# Wrong: the jump is n instead of n*beta (kernel n*exp(-beta s) does not integrate to n).
import numpy as np


def hawkes_intensity(t, events, mu, n, beta):
    """Conditional intensity mu + n*beta*sum_{t_i < t} exp(-beta (t - t_i)) at each time in t."""
    times = np.asarray(t, dtype=float)
    past = np.asarray(events, dtype=float).ravel()
    lags = np.atleast_1d(times).ravel()[:, None] - past[None, :]
    kernel = np.where(lags > 0, np.exp(-beta * np.where(lags > 0, lags, 0.0)), 0.0)
    values = mu + n * kernel.sum(axis=1)
    return float(values[0]) if times.ndim == 0 else values.reshape(times.shape)
