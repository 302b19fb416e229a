# Correct: pandas filter and groupby size, then from_pandas_edgelist.
import networkx as nx


def retweet_network(tweets):
    """Weighted DiGraph: author -> retweeted author, weight = number of retweets."""
    rows = tweets.loc[tweets["is_retweet"].astype(bool)].dropna(subset=["retweeted_screen_name"])
    edges = rows.assign(
        source=rows["user_screen_name"].astype(str).str.lower(),
        target=rows["retweeted_screen_name"].astype(str).str.lower(),
    )
    edges = edges[edges["source"] != edges["target"]]
    if edges.empty:
        return nx.DiGraph()
    counts = edges.groupby(["source", "target"]).size().rename("weight").reset_index()
    return nx.from_pandas_edgelist(
        counts, "source", "target", edge_attr="weight", create_using=nx.DiGraph
    )
