# Wrong: accepts float labels whose values are whole numbers (the text asks for an integer dtype).
import numpy as np
from scipy.special import logsumexp


def fit_temperature(logits, y, bounds=(0.05, 20.0)):
    """The temperature T in bounds minimising the mean NLL of softmax(logits / T)."""
    z = np.asarray(logits, dtype=float)
    labels = np.asarray(y)
    if z.ndim != 2 or z.shape[0] == 0 or labels.shape != (z.shape[0],):
        raise ValueError("logits must be n x K with one label per row")
    if not np.all(np.mod(labels, 1) == 0) or (labels < 0).any() or (labels >= z.shape[1]).any():
        raise ValueError("labels")
    labels = labels.astype(int)
    low, high = bounds
    if not 0 < low < high:
        raise ValueError("bounds")
    rows = np.arange(len(labels))

    def nll(t):
        return np.mean(logsumexp(z / t, axis=1) - z[rows, labels] / t)

    grid = np.geomspace(low, high, 200)
    k = int(np.argmin([nll(t) for t in grid]))
    a, b = grid[max(k - 1, 0)], grid[min(k + 1, len(grid) - 1)]
    ratio = (np.sqrt(5) - 1) / 2
    for _ in range(100):
        c, d = b - ratio * (b - a), a + ratio * (b - a)
        if nll(c) <= nll(d):
            b = d
        else:
            a = c
    return float((a + b) / 2)
