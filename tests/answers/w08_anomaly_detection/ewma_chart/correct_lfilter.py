# Correct alternative: the recursion as a linear filter (scipy.signal.lfilter) with the target as initial state.
import numpy as np
import pandas as pd
from scipy.signal import lfilter


def ewma_chart(x, target, sigma, lam=0.2, L=3.0):
    """EWMA statistic with its exact time-varying control limits and alarms (Roberts 1959)."""
    if lam <= 0 or lam > 1 or sigma <= 0 or L <= 0:
        raise ValueError("bad chart parameters")
    values = np.asarray(x, dtype=float)
    if len(values):
        z, _ = lfilter([lam], [1.0, -(1.0 - lam)], values, zi=[(1.0 - lam) * target])
    else:
        z = np.array([], dtype=float)
    t = np.arange(1, len(values) + 1)
    half = L * sigma * np.sqrt(lam * (1 - (1 - lam) ** (2 * t)) / (2 - lam))
    frame = pd.DataFrame({"ewma": z, "lower": target - half, "upper": target + half}, index=x.index)
    frame["alarm"] = (frame["ewma"] > frame["upper"]) | (frame["ewma"] < frame["lower"])
    return frame
