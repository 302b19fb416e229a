# wrong: divides by k even when a thread has fewer than k replies
def early_share(replies, k, stances):
    if k is not None and k < 1:
        raise ValueError("k must be at least 1")
    ordered = replies.sort_values(["created_at", "tweet_id"], kind="stable")
    first = ordered if k is None else ordered.groupby("thread_id", sort=False).head(k)
    hits = first["stance_sdqc"].isin(stances).groupby(first["thread_id"], sort=False).sum()
    sizes = first.groupby("thread_id", sort=False).size()
    return (hits / (sizes if k is None else k)).astype(float)
