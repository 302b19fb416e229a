# wrong: alarms when the statistic reaches h (>=), where the text asks for strictly above h.
import math

import numpy as np
import pandas as pd


def poisson_cusum(counts, expected, rho=2.0, h=5.0):
    """Upper Poisson likelihood-ratio CUSUM for a rise from `expected` to `rho * expected`, restarted after each alarm."""
    if rho <= 1 or h <= 0:
        raise ValueError("bad parameters")
    x, mu = counts.to_numpy(dtype=float), np.asarray(expected, dtype=float)
    if mu.shape != x.shape or (mu < 0).any():
        raise ValueError("bad expected")
    s, stat, alarm = 0.0, [], []
    for value, m in zip(x, mu):
        s = max(0.0, s + value * math.log(rho) - (rho - 1) * m)
        stat.append(s)
        alarm.append(s >= h)
        if s >= h:
            s = 0.0
    return pd.DataFrame({"statistic": stat, "alarm": alarm}, index=counts.index)
