# correct: rank replies within each thread with cumcount after a stable sort, then a grouped mean
def early_share(replies, k, stances):
    if k is not None and k < 1:
        raise ValueError("k must be at least 1")
    frame = replies[["thread_id", "tweet_id", "created_at", "stance_sdqc"]].copy()
    frame = frame.sort_values(["created_at", "tweet_id"], kind="stable")
    frame["rank"] = frame.groupby("thread_id", sort=False).cumcount()
    if k is not None:
        frame = frame[frame["rank"] < k]
    frame["hit"] = frame["stance_sdqc"].isin(stances)
    return frame.groupby("thread_id", sort=False)["hit"].mean().astype(float)
