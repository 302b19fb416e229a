# Correct alternative: a plain loop over Python lists.
import math

import pandas as pd


def poisson_cusum(counts, expected, rho=2.0, h=5.0):
    """Upper Poisson likelihood-ratio CUSUM for a rise from `expected` to `rho * expected`, restarted after each alarm."""
    if rho <= 1:
        raise ValueError("rho must exceed 1")
    if h <= 0:
        raise ValueError("h must be positive")
    ys = [float(v) for v in counts]
    mus = [float(v) for v in expected]
    if len(ys) != len(mus):
        raise ValueError("lengths differ")
    if any(m < 0 for m in mus):
        raise ValueError("negative expected count")
    rows, s = [], 0.0
    for y, m in zip(ys, mus):
        s = max(0.0, s + y * math.log(rho) - (rho - 1) * m)
        rows.append({"statistic": s, "alarm": s > h})
        if s > h:
            s = 0.0
    return pd.DataFrame(rows, index=counts.index, columns=["statistic", "alarm"]).astype(
        {"statistic": float, "alarm": bool}
    )
