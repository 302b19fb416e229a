# Correct alternative: sums the generations n^g of the still-owed offspring explicitly (geometric series in closed form per event).
import numpy as np


def expected_final_size(times, t, n, beta):
    """E[final size | history up to t] for an exponential-kernel Hawkes cascade without background."""
    if not 0 <= n < 1:
        raise ValueError("n must be in [0, 1)")
    if not beta > 0:
        raise ValueError("beta must be positive")
    arr = np.sort(np.asarray(list(times), dtype=float))
    past = arr[: np.searchsorted(arr, t, side="right")]
    owed_children = n * np.exp(
        -beta * (t - past)
    )  # expected children of each past event still to come
    cluster = 1.0 / (1.0 - n)  # each child brings itself and its descendants
    return float(past.size + np.sum(owed_children) * cluster)
