# wrong: ranks and counts by in-degree (distinct retweeters), ignoring weights.
import pandas as pd


def top_amplified(G, k):
    """The k most retweeted accounts with their share of all retweets and distinct retweeters."""
    if k < 1:
        raise ValueError("k < 1")
    m = G.number_of_edges()
    rows = [(v, d, d / m, d) for v, d in G.in_degree() if d > 0]
    rows.sort(key=lambda r: (-r[1], r[0]))
    return pd.DataFrame(rows[:k], columns=["account", "retweets", "share", "distinct_retweeters"])
