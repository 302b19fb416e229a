# Wrong: a grid of 100 temperatures only (resolution about 8%, far coarser than the stated 1e-4).
import numpy as np
from scipy.special import logsumexp


def fit_temperature(logits, y, bounds=(0.05, 20.0)):
    """The temperature T in bounds minimising the mean NLL of softmax(logits / T)."""
    z = np.asarray(logits, dtype=float)
    labels = np.asarray(y)
    if z.ndim != 2 or z.shape[0] == 0 or labels.shape != (z.shape[0],):
        raise ValueError("shape")
    if (
        not np.issubdtype(labels.dtype, np.integer)
        or labels.min() < 0
        or labels.max() >= z.shape[1]
    ):
        raise ValueError("labels")
    if not 0 < bounds[0] < bounds[1]:
        raise ValueError("bounds")
    picked = z[np.arange(len(labels)), labels]
    grid = np.geomspace(bounds[0], bounds[1], 100)
    values = [np.mean(logsumexp(z / t, axis=1) - picked / t) for t in grid]
    return float(grid[int(np.argmin(values))])
