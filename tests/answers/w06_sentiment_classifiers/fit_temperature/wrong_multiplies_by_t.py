# Wrong: scales the logits by T (softmax(T z)) instead of dividing them by T.
import numpy as np
from scipy import optimize
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
    nll = lambda t: np.mean(logsumexp(t * z, axis=1) - t * picked)
    res = optimize.minimize_scalar(nll, bounds=bounds, method="bounded", options={"xatol": 1e-10})
    return float(res.x)
