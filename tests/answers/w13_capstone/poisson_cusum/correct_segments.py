# Correct alternative: cumulative sums between restarts, with the running minimum (S_t = C_t - min C).
import math

import numpy as np
import pandas as pd


def poisson_cusum(counts, mu, rho=2.0, h=5.0):
    """Page's CUSUM for a rise of the Poisson mean by the factor rho, restarting after each alarm."""
    if not rho > 1 or not h > 0:
        raise ValueError("bad rho or h")
    if not counts.index.equals(mu.index):
        raise ValueError("counts and mu need the same index")
    ell = counts.to_numpy(dtype=float) * np.log(rho) - (rho - 1.0) * mu.to_numpy(dtype=float)
    stat = np.zeros(len(ell))
    alarm = np.zeros(len(ell), dtype=bool)
    total, lowest = 0.0, 0.0
    for t in range(len(ell)):
        total += ell[t]
        lowest = min(lowest, total)
        stat[t] = total - lowest
        if stat[t] > h:
            alarm[t] = True
            total, lowest = 0.0, 0.0
    return pd.DataFrame({"statistic": stat, "alarm": alarm}, index=counts.index)


_ = math
