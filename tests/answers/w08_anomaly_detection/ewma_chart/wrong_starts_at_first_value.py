# wrong: starts the EWMA at the first observation instead of at the target.
import numpy as np
import pandas as pd


def ewma_chart(x, target, sigma, lam=0.2, L=3.0):
    """EWMA statistic with its exact time-varying control limits and alarms (Roberts 1959)."""
    if not 0 < lam <= 1 or sigma <= 0 or L <= 0:
        raise ValueError("bad parameters")
    values = x.to_numpy(dtype=float)
    z = np.empty(len(values))
    for t, value in enumerate(values):
        z[t] = value if t == 0 else lam * value + (1 - lam) * z[t - 1]
    steps = np.arange(1, len(values) + 1)
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
