# Correct alternative: the classical form S' = max(0, S' + y - k_t) with k_t = (rho-1) mu_t / log(rho), rescaled.
import math

import numpy as np
import pandas as pd


def poisson_cusum(counts, mu, rho=2.0, h=5.0):
    """Page's CUSUM for a rise of the Poisson mean by the factor rho, restarting after each alarm."""
    if rho <= 1 or h <= 0:
        raise ValueError("rho must exceed 1 and h must be positive")
    if len(counts.index) != len(mu.index) or not (counts.index == mu.index).all():
        raise ValueError("counts and mu need the same index")
    scale = math.log(rho)
    s, stats, alarms = 0.0, [], []
    for y, m in zip(counts.to_numpy(dtype=float), mu.to_numpy(dtype=float)):
        s = max(0.0, s + y - (rho - 1) * m / scale)
        stats.append(s * scale)
        alarms.append(bool(s * scale > h))
        if alarms[-1]:
            s = 0.0
    return pd.DataFrame(
        {"statistic": np.array(stats, dtype=float), "alarm": np.array(alarms, dtype=bool)},
        index=counts.index,
    )
