# wrong: every edge gets weight 1, however many times the account retweeted.
import networkx as nx
import pandas as pd


def retweet_network(tweets):
    """Weighted DiGraph: author -> retweeted author, weight = number of retweets."""
    g = nx.DiGraph()
    for a, r, v in zip(
        tweets["user_screen_name"], tweets["is_retweet"], tweets["retweeted_screen_name"]
    ):
        if bool(r) and not pd.isna(v) and a.lower() != v.lower():
            g.add_edge(a.lower(), v.lower(), weight=1)
    return g
