# Wrong: the statistic is not reset after an alarm.
import math

import pandas as pd


def poisson_cusum(counts, mu, rho=2.0, h=5.0):
    """Page's CUSUM for a rise of the Poisson mean by the factor rho, restarting after each alarm."""
    if not (rho > 1 and h > 0):
        raise ValueError("rho must exceed 1 and h must be positive")
    if not counts.index.equals(mu.index):
        raise ValueError("counts and mu need the same index")
    s, stats = 0.0, []
    for y, m in zip(counts.to_numpy(dtype=float), mu.to_numpy(dtype=float)):
        s = max(0.0, s + y * math.log(rho) - (rho - 1) * m)
        stats.append(s)
    frame = pd.DataFrame({"statistic": stats}, index=counts.index)
    frame["alarm"] = frame["statistic"] > h
    return frame
