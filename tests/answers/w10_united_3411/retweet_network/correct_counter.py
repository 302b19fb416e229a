# Correct: count (author, source) pairs with a Counter, then build the graph.
from collections import Counter

import networkx as nx
import pandas as pd


def retweet_network(tweets):
    """Weighted DiGraph: author -> retweeted author, weight = number of retweets."""
    pairs = Counter()
    for a, r, v in zip(
        tweets["user_screen_name"], tweets["is_retweet"], tweets["retweeted_screen_name"]
    ):
        if bool(r) and not pd.isna(v) and a.lower() != v.lower():
            pairs[(a.lower(), v.lower())] += 1
    g = nx.DiGraph()
    g.add_weighted_edges_from((u, v, w) for (u, v), w in pairs.items())
    return g
