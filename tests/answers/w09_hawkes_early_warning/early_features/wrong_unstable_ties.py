# Wrong: breaks ties in delay by the direct flag (direct first) instead of keeping the input order.
import math


def early_features(delays, direct, users, hubs, k):
    """Features of the first k reshares: time to the k-th and the ceil(k/2)-th, share direct, distinct hub users."""
    rows = sorted(zip(list(delays), [not bool(d) for d in direct], list(users)))
    if k < 1 or len(rows) < k:
        raise ValueError("need k >= 1 and at least k reshares")
    first = rows[:k]
    return {
        "time_to_k": float(first[-1][0]),
        "time_to_half": float(first[math.ceil(k / 2) - 1][0]),
        "share_direct": sum(not r[1] for r in first) / k,
        "n_hubs": float(len({r[2] for r in first if r[2] in hubs})),
    }
