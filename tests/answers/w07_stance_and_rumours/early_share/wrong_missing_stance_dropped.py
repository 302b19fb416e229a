# wrong: replies with a missing stance are dropped before taking the first k
def early_share(replies, k, stances):
    if k is not None and k < 1:
        raise ValueError("k must be at least 1")
    ordered = replies.dropna(subset=["stance_sdqc"]).sort_values(
        ["created_at", "tweet_id"], kind="stable"
    )
    first = ordered if k is None else ordered.groupby("thread_id", sort=False).head(k)
    return (
        first["stance_sdqc"]
        .isin(stances)
        .groupby(first["thread_id"], sort=False)
        .mean()
        .astype(float)
    )
