# wrong: counts relations, not posts: a reply that also quotes the same account adds 2
def build_amplification_graph(posts, kinds=("retweet", "quote", "reply")):
    """Weighted DiGraph, edge u -> v = number of posts in which u amplified v (no self-loops)."""

    def column(name):
        return list(posts[name].astype(object)) if name in posts.columns else [None] * len(posts)

    authors = column("user_screen_name")
    author_of = {
        t: a for t, a in zip(column("tweet_id"), authors) if not pd.isna(t) and not pd.isna(a)
    }
    G = nx.DiGraph()
    for u, rt, quoted, replied in zip(
        authors,
        column("retweeted_screen_name"),
        column("quoted_status_id"),
        column("in_reply_to_screen_name"),
    ):
        if pd.isna(u):
            continue
        targets = []
        if not pd.isna(rt):
            if "retweet" in kinds:
                targets.append(rt)
        else:
            if "quote" in kinds and not pd.isna(quoted) and quoted in author_of:
                targets.append(author_of[quoted])
            if "reply" in kinds and not pd.isna(replied):
                targets.append(replied)
        for v in targets:
            if v != u:
                G.add_edge(u, v, weight=G.get_edge_data(u, v, {"weight": 0})["weight"] + 1)
    return G
