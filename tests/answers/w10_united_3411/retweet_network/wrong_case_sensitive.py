# wrong: keeps screen names as written, so "United" and "united" are two accounts.
from collections import Counter

import networkx as nx
import pandas as pd


def retweet_network(tweets):
    """Weighted DiGraph: author -> retweeted author, weight = number of retweets."""
    pairs = Counter()
    for a, r, v in zip(
        tweets["user_screen_name"], tweets["is_retweet"], tweets["retweeted_screen_name"]
    ):
        if bool(r) and not pd.isna(v) and a != v:
            pairs[(a, v)] += 1
    g = nx.DiGraph()
    g.add_weighted_edges_from((u, v, w) for (u, v), w in pairs.items())
    return g
