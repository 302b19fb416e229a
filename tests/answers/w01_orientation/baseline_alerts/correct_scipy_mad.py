# correct: scipy's normal-consistent MAD (scale="normal", the exact 1/Phi^-1(3/4) = 1.4826022...), accepted by the text
import numpy as np
from scipy import stats


def baseline_alerts(counts, window=5, k=3.0):
    """Per period: centre, upper (baseline band from the `window` previous periods), alert."""
    if window < 1:
        raise ValueError("window must be at least 1")
    values = counts.to_numpy(dtype=float)
    centre = np.full(len(values), np.nan)
    upper = np.full(len(values), np.nan)
    alert = np.zeros(len(values), dtype=bool)
    for t in range(window, len(values)):
        base = values[t - window : t]
        centre[t] = np.median(base)
        sigma = stats.median_abs_deviation(base, scale="normal")
        upper[t] = centre[t] + k * max(sigma, np.sqrt(centre[t]), 1.0)
        alert[t] = values[t] > upper[t]
    return pd.DataFrame({"centre": centre, "upper": upper, "alert": alert}, index=counts.index)
