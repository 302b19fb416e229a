# wrong: ties in created_at are left in row order instead of being broken by tweet_id
def early_share(replies, k, stances):
    if k is not None and k < 1:
        raise ValueError("k must be at least 1")
    ordered = replies.sort_values("created_at", kind="stable")
    first = ordered if k is None else ordered.groupby("thread_id", sort=False).head(k)
    return (
        first["stance_sdqc"]
        .isin(stances)
        .groupby(first["thread_id"], sort=False)
        .mean()
        .astype(float)
    )
