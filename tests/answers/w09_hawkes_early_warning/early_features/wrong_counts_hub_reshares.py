# Wrong: counts hub reshares, not distinct hub users.
import math

import numpy as np


def early_features(delays, direct, users, hubs, k):
    """Features of the first k reshares: time to the k-th and the ceil(k/2)-th, share direct, distinct hub users."""
    delays = np.asarray(delays, dtype=float)
    if k < 1 or len(delays) < k:
        raise ValueError("need k >= 1 and at least k reshares")
    first = np.argsort(delays, kind="stable")[:k]
    users = list(users)
    return {
        "time_to_k": float(delays[first[-1]]),
        "time_to_half": float(delays[first[math.ceil(k / 2) - 1]]),
        "share_direct": float(np.asarray(direct, dtype=bool)[first].mean()),
        "n_hubs": float(sum(users[i] in hubs for i in first)),
    }
