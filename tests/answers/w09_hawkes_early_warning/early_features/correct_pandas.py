# Correct alternative: a pandas DataFrame sorted with a stable sort, then head(k).
import math

import pandas as pd


def early_features(delays, direct, users, hubs, k):
    """Features of the first k reshares: time to the k-th and the ceil(k/2)-th, share direct, distinct hub users."""
    frame = pd.DataFrame({"delay": list(delays), "direct": list(direct), "user": list(users)})
    if k < 1 or len(frame) < k:
        raise ValueError("not enough reshares")
    first = frame.sort_values("delay", kind="mergesort").head(k)
    return {
        "time_to_k": float(first["delay"].iloc[-1]),
        "time_to_half": float(first["delay"].iloc[math.ceil(k / 2) - 1]),
        "share_direct": float(first["direct"].astype(bool).mean()),
        "n_hubs": float(first.loc[first["user"].isin(list(hubs)), "user"].nunique()),
    }
