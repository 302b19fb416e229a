# correct: plain Python, one sorted list per thread
def early_share(replies, k, stances):
    if k is not None and k < 1:
        raise ValueError("k must be at least 1")
    wanted = set(stances)
    per_thread = {}
    for thread, time, tweet, stance in zip(
        replies["thread_id"], replies["created_at"], replies["tweet_id"], replies["stance_sdqc"]
    ):
        per_thread.setdefault(thread, []).append((time, tweet, stance))
    out = {}
    for thread, rows in per_thread.items():
        rows.sort(key=lambda r: (r[0], r[1]))
        chosen = rows if k is None else rows[:k]
        out[thread] = sum(1 for r in chosen if isinstance(r[2], str) and r[2] in wanted) / len(
            chosen
        )
    return pd.Series(out, dtype=float)
