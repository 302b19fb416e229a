# correct: memoised recursion for depth, pandas maps for the rest (float depth with NaN)
import sys


def thread_features(tweets):
    frame = tweets.reset_index(drop=True)
    parent = {t: p for t, p in zip(frame["tweet_id"], frame["parent_id"])}
    memo = {}
    sys.setrecursionlimit(10_000)

    def depth_of(t):
        if t in memo:
            return memo[t]
        p = parent[t]
        if pd.isna(p):
            memo[t] = 0.0
        elif p not in parent:
            memo[t] = float("nan")
        else:
            memo[t] = depth_of(p) + 1
        return memo[t]

    depth = [depth_of(t) for t in frame["tweet_id"]]
    by_id = frame.set_index("tweet_id")
    has_parent = frame["parent_id"].notna()
    parent_known = frame["parent_id"].isin(list(parent)) & has_parent
    sources = frame[~has_parent]
    source_user = dict(zip(sources["thread_id"], sources["user_id"]))
    to_source = [bool(k) and pd.isna(parent[p]) for k, p in zip(parent_known, frame["parent_id"])]
    parent_stance = [
        by_id.at[p, "stance_sdqc"] if k else None for k, p in zip(parent_known, frame["parent_id"])
    ]
    self_reply = [
        bool(h) and (th in source_user) and u == source_user[th]
        for h, th, u in zip(has_parent, frame["thread_id"], frame["user_id"])
    ]
    counts = {}
    for p in frame["parent_id"]:
        if not pd.isna(p):
            counts[p] = counts.get(p, 0) + 1
    return pd.DataFrame(
        {
            "depth": depth,
            "to_source": to_source,
            "parent_stance": parent_stance,
            "self_reply": self_reply,
            "n_replies": [counts.get(t, 0) for t in frame["tweet_id"]],
        },
        index=frame["tweet_id"].to_numpy(),
    )
