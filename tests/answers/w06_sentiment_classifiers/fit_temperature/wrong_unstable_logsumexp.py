# Wrong: log(sum(exp(z / T))) computed naively, which overflows for large logits.
import numpy as np
from scipy import optimize


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

    def nll(log_t):
        t = np.exp(log_t)
        with np.errstate(over="ignore"):
            return np.mean(np.log(np.exp(z / t).sum(axis=1)) - picked / t)

    res = optimize.minimize_scalar(
        nll, bounds=np.log(bounds), method="bounded", options={"xatol": 1e-10}
    )
    return float(np.exp(res.x))
