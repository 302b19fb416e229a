# wrong: a tweet whose parent is not in the table is treated as a source (depth 0, or one more than 0)
def thread_features(tweets):
    ids = list(tweets["tweet_id"])
    parent = {t: (None if pd.isna(p) else p) for t, p in zip(ids, tweets["parent_id"])}
    depth = {}

    def d(t):
        if t not in depth:
            p = parent[t]
            depth[t] = 0 if (p is None or p not in parent) else d(p) + 1
        return depth[t]

    stance = dict(zip(ids, tweets["stance_sdqc"]))
    user = dict(zip(ids, tweets["user_id"]))
    source_user = {th: user[t] for t, th in zip(ids, tweets["thread_id"]) if parent[t] is None}
    counts = pd.Series([p for p in parent.values() if p is not None], dtype=object).value_counts()
    rows = [
        {
            "tweet_id": t,
            "depth": d(t),
            "to_source": parent[t] is not None
            and parent[t] in parent
            and parent[parent[t]] is None,
            "parent_stance": stance[parent[t]]
            if parent[t] is not None and parent[t] in parent
            else None,
            "self_reply": parent[t] is not None
            and th in source_user
            and user[t] == source_user[th],
            "n_replies": int(counts.get(t, 0)),
        }
        for t, th in zip(ids, tweets["thread_id"])
    ]
    return pd.DataFrame(rows).set_index("tweet_id")
