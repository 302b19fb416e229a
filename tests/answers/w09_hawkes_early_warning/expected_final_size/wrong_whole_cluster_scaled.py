# Wrong: multiplies everything by 1/(1-n), as if every observed event still had all its descendants to come.
import numpy as np


def expected_final_size(times, t, n, beta):
    """E[final size | history up to t] for an exponential-kernel Hawkes cascade without background."""
    if not (0 <= n < 1 and beta > 0):
        raise ValueError("need 0 <= n < 1 and beta > 0")
    seen = np.asarray(times, dtype=float)
    seen = seen[seen <= t]
    return float((len(seen) + n * np.exp(-beta * (t - seen)).sum()) / (1 - n))
