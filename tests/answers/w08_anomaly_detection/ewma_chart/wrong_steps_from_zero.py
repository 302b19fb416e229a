# wrong: counts t from 0 in the limits, so the first limit is zero and the limits lag one period.
import numpy as np
import pandas as pd


def ewma_chart(x, target, sigma, lam=0.2, L=3.0):
    """EWMA statistic with its exact time-varying control limits and alarms (Roberts 1959)."""
    if not 0 < lam <= 1 or sigma <= 0 or L <= 0:
        raise ValueError("bad parameters")
    values = x.to_numpy(dtype=float)
    z = np.empty(len(values))
    prev = target
    for t, value in enumerate(values):
        prev = lam * value + (1 - lam) * prev
        z[t] = prev
    steps = np.arange(len(values))
    half = L * sigma * np.sqrt(lam / (2 - lam) * (1 - (1 - lam) ** (2 * steps)))
    return pd.DataFrame(
        {
            "ewma": z,
            "lower": target - half,
            "upper": target + half,
            "alarm": (z > target + half) | (z < target - half),
        },
        index=x.index,
    )
