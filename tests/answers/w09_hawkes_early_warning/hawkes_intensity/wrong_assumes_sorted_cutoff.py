# Wrong: assumes the events are sorted and stops at the first event after t (unsorted input breaks it).
import numpy as np


def hawkes_intensity(t, events, mu, n, beta):
    """Conditional intensity mu + n*beta*sum_{t_i < t} exp(-beta (t - t_i)) at each time in t."""
    past = list(events)
    flat = np.atleast_1d(np.asarray(t, dtype=float)).ravel()
    out = []
    for s in flat:
        total = mu
        for e in past:
            if e >= s:
                break
            total += n * beta * np.exp(-beta * (s - e))
        out.append(total)
    out = np.array(out)
    return float(out[0]) if np.ndim(t) == 0 else out.reshape(np.shape(t))
