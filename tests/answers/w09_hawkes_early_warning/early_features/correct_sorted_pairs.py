# Correct alternative: Python's sorted on (delay, position) pairs (stable by construction), then sets.
def early_features(delays, direct, users, hubs, k):
    """Features of the first k reshares: time to the k-th and the ceil(k/2)-th, share direct, distinct hub users."""
    delays, direct, users = list(delays), list(direct), list(users)
    if k < 1 or k > len(delays):
        raise ValueError("need 1 <= k <= number of reshares")
    order = sorted(range(len(delays)), key=lambda i: (delays[i], i))[:k]
    half = -(-k // 2)
    return {
        "time_to_k": float(delays[order[-1]]),
        "time_to_half": float(delays[order[half - 1]]),
        "share_direct": sum(1 for i in order if direct[i]) / k,
        "n_hubs": float(len({users[i] for i in order if users[i] in hubs})),
    }
