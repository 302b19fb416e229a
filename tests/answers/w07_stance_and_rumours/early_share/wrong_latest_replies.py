# wrong: takes the last k replies (sorted newest first) instead of the first k
def early_share(replies, k, stances):
    if k is not None and k < 1:
        raise ValueError("k must be at least 1")
    ordered = replies.sort_values(["created_at", "tweet_id"], ascending=False, kind="stable")
    first = ordered if k is None else ordered.groupby("thread_id", sort=False).head(k)
    return (
        first["stance_sdqc"]
        .isin(stances)
        .groupby(first["thread_id"], sort=False)
        .mean()
        .astype(float)
    )
