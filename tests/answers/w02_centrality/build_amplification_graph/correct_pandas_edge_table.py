# correct: vectorised pandas edge table, one row per (post, target), duplicates within a post dropped
def build_amplification_graph(posts, kinds=("retweet", "quote", "reply")):
    """Weighted DiGraph, edge u -> v = number of posts in which u amplified v (no self-loops)."""
    n = len(posts)
    cols = [
        "user_screen_name",
        "retweeted_screen_name",
        "quoted_status_id",
        "tweet_id",
        "in_reply_to_screen_name",
    ]
    f = pd.DataFrame(
        {
            c: (posts[c].astype(object).to_numpy() if c in posts.columns else [None] * n)
            for c in cols
        }
    )
    f = f.astype(object).where(f.notna(), None)
    authors = f.dropna(subset=["tweet_id", "user_screen_name"])
    author_of = dict(zip(authors["tweet_id"], authors["user_screen_name"]))
    f = f[f["user_screen_name"].notna()]
    retweet = f["retweeted_screen_name"].notna()
    pieces = []
    if "retweet" in kinds:
        pieces.append(
            f.loc[retweet, ["user_screen_name", "retweeted_screen_name"]].set_axis(
                ["u", "v"], axis=1
            )
        )
    if "quote" in kinds:
        q = f[~retweet & f["quoted_status_id"].notna()]
        pieces.append(
            pd.DataFrame(
                {"u": q["user_screen_name"], "v": q["quoted_status_id"].map(author_of.get)}
            )
        )
    if "reply" in kinds:
        r = f[~retweet & f["in_reply_to_screen_name"].notna()]
        pieces.append(
            r[["user_screen_name", "in_reply_to_screen_name"]].set_axis(["u", "v"], axis=1)
        )
    G = nx.DiGraph()
    if not pieces:
        return G
    edges = pd.concat(pieces)
    edges = edges[edges["v"].notna() & (edges["u"] != edges["v"])]
    edges = edges.assign(post=edges.index).drop_duplicates(["post", "u", "v"])
    for (u, v), w in edges.groupby(["u", "v"], sort=False).size().items():
        G.add_edge(u, v, weight=int(w))
    return G
