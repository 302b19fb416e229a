# wrong: asymptotic limits target +- L sigma sqrt(lam / (2 - lam)) from the first period on.
import numpy as np
import pandas as pd


def ewma_chart(x, target, sigma, lam=0.2, L=3.0):
    """EWMA statistic with its exact time-varying control limits and alarms (Roberts 1959)."""
    if not 0 < lam <= 1 or sigma <= 0 or L <= 0:
        raise ValueError("bad parameters")
    z, out = target, []
    for value in x.to_numpy(dtype=float):
        z = lam * value + (1 - lam) * z
        out.append(z)
    half = np.full(len(out), L * sigma * np.sqrt(lam / (2 - lam)))
    z = np.array(out, dtype=float)
    return pd.DataFrame(
        {
            "ewma": z,
            "lower": target - half,
            "upper": target + half,
            "alarm": (z > target + half) | (z < target - half),
        },
        index=x.index,
    )
