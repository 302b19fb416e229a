# Correct alternative: Page's form with reference value k_t = (rho - 1) mu_t / log(rho), rescaled by log(rho).
import math

import numpy as np
import pandas as pd


def poisson_cusum(counts, expected, rho=2.0, h=5.0):
    """Upper Poisson likelihood-ratio CUSUM for a rise from `expected` to `rho * expected`, restarted after each alarm."""
    if not rho > 1 or not h > 0:
        raise ValueError("need rho > 1 and h > 0")
    x = np.asarray(counts, dtype=float)
    mu = np.asarray(list(expected), dtype=float)
    if len(mu) != len(x) or (mu < 0).any():
        raise ValueError("bad expected counts")
    log_rho = math.log(rho)
    k = (rho - 1) * mu / log_rho
    s, stats, alarms = 0.0, [], []
    for value, ref in zip(x, k):
        s = max(0.0, s + value - ref)
        stats.append(s * log_rho)
        fired = s * log_rho > h
        alarms.append(fired)
        if fired:
            s = 0.0
    return pd.DataFrame(
        {"statistic": np.array(stats, dtype=float), "alarm": np.array(alarms, dtype=bool)},
        index=counts.index,
    )
