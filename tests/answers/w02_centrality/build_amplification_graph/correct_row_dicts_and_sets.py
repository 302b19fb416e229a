# correct: iterate over row dicts, collect each post's set of targets, and add to the graph directly
def build_amplification_graph(posts, kinds=("retweet", "quote", "reply")):
    """Weighted DiGraph, edge u -> v = number of posts in which u amplified v (no self-loops)."""

    def missing(value):
        return value is None or value is pd.NA or (isinstance(value, float) and value != value)

    rows = posts.to_dict("records")
    author_of = {}
    for row in rows:
        tid, author = row.get("tweet_id"), row.get("user_screen_name")
        if not missing(tid) and not missing(author):
            author_of[tid] = author
    G = nx.DiGraph()
    for row in rows:
        u = row.get("user_screen_name")
        if missing(u):
            continue
        targets = set()
        if not missing(row.get("retweeted_screen_name")):
            if "retweet" in kinds:
                targets.add(row["retweeted_screen_name"])
        else:
            quoted, replied = row.get("quoted_status_id"), row.get("in_reply_to_screen_name")
            if "quote" in kinds and not missing(quoted) and quoted in author_of:
                targets.add(author_of[quoted])
            if "reply" in kinds and not missing(replied):
                targets.add(replied)
        for v in targets - {u}:
            if G.has_edge(u, v):
                G[u][v]["weight"] += 1
            else:
                G.add_edge(u, v, weight=1)
    return G
