# Correct: an edge table, groupby target, sort_values on three keys.
import networkx as nx
import pandas as pd


def top_amplified(G, k):
    """The k most retweeted accounts with their share of all retweets and distinct retweeters."""
    if k < 1:
        raise ValueError("k must be positive")
    edges = nx.to_pandas_edgelist(G)
    cols = ["account", "retweets", "share", "distinct_retweeters"]
    if edges.empty:
        return pd.DataFrame(columns=cols)
    table = edges.groupby("target").agg(
        retweets=("weight", "sum"), distinct_retweeters=("source", "nunique")
    )
    table["share"] = table["retweets"] / edges["weight"].sum()
    table = table.rename_axis("account").reset_index()
    table = table.sort_values(
        ["retweets", "distinct_retweeters", "account"], ascending=[False, False, True]
    )
    return table.head(k).reset_index(drop=True)[cols]
