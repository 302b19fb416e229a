# wrong: the statistic is not restarted after an alarm, so one crisis alarms in every later period.
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
    s, out = 0.0, []
    for value, m in zip(x, mu):
        s = max(0.0, s + value * math.log(rho) - (rho - 1) * m)
        out.append(s)
    out = np.array(out)
    return pd.DataFrame({"statistic": out, "alarm": out > h}, index=counts.index)
