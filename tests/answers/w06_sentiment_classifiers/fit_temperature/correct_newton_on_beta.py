# Correct alternative: Newton's method on beta = 1/T (the objective is convex in beta), clipped to the bounds.
import numpy as np
from scipy.special import logsumexp, softmax


def fit_temperature(logits, y, bounds=(0.05, 20.0)):
    """The temperature T in bounds minimising the mean NLL of softmax(logits / T)."""
    z = np.asarray(logits, dtype=float)
    labels = np.asarray(y)
    if z.ndim != 2 or len(z) == 0 or labels.ndim != 1 or len(labels) != len(z):
        raise ValueError("shapes")
    if labels.dtype.kind not in "iu" or labels.min() < 0 or labels.max() >= z.shape[1]:
        raise ValueError("labels")
    lo, hi = float(bounds[0]), float(bounds[1])
    if not (0 < lo < hi):
        raise ValueError("bounds")
    b_lo, b_hi = 1 / hi, 1 / lo
    picked = z[np.arange(len(z)), labels]

    def derivatives(beta):
        p = softmax(beta * z, axis=1)
        mean_z = (p * z).sum(axis=1)
        var_z = (p * z * z).sum(axis=1) - mean_z**2
        return np.mean(mean_z - picked), np.mean(var_z)

    beta = min(max(1.0, b_lo), b_hi)
    for _ in range(200):
        g, h = derivatives(beta)
        step = g / h if h > 1e-300 else np.sign(g) * (b_hi - b_lo)
        new = min(max(beta - step, b_lo), b_hi)
        if abs(new - beta) <= 1e-13 * max(1.0, beta):
            beta = new
            break
        beta = new
    value = lambda b: np.mean(logsumexp(b * z, axis=1) - b * picked)
    best = min([(value(beta), beta), (value(b_lo), b_lo), (value(b_hi), b_hi)])[1]
    return float(1 / best)
