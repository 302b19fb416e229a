# Correct alternative: sort the events once, then for each time a searchsorted cut and a plain sum.
import numpy as np


def hawkes_intensity(t, events, mu, n, beta):
    """Conditional intensity mu + n*beta*sum_{t_i < t} exp(-beta (t - t_i)) at each time in t."""
    past = np.sort(np.asarray(list(events), dtype=float))
    flat = np.atleast_1d(np.asarray(t, dtype=float))
    out = np.empty(flat.size)
    for k, s in enumerate(flat.ravel()):
        earlier = past[: np.searchsorted(past, s, side="left")]
        out[k] = mu + n * beta * np.exp(-beta * (s - earlier)).sum()
    if np.ndim(t) == 0:
        return float(out[0])
    return out.reshape(np.shape(t))
