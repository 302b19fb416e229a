# Wrong: counts every event in the list, including those after t.
import numpy as np


def expected_final_size(times, t, n, beta):
    """E[final size | history up to t] for an exponential-kernel Hawkes cascade without background."""
    if not (0 <= n < 1 and beta > 0):
        raise ValueError("need 0 <= n < 1 and beta > 0")
    seen = np.asarray(times, dtype=float)
    owed = n * np.exp(-beta * np.clip(t - seen, 0, None)).sum()
    return float(len(seen) + owed / (1 - n))
