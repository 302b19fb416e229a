# wrong: divides by the number of edges instead of the total weight.
import pandas as pd


def top_amplified(G, k):
    """The k most retweeted accounts with their share of all retweets and distinct retweeters."""
    if k < 1:
        raise ValueError("k < 1")
    m = G.number_of_edges()
    rows = [
        (v, int(G.in_degree(v, weight="weight")), G.in_degree(v)) for v in G if G.in_degree(v) > 0
    ]
    rows.sort(key=lambda r: (-r[1], -r[2], r[0]))
    t = pd.DataFrame(rows[:k], columns=["account", "retweets", "distinct_retweeters"])
    t["share"] = t["retweets"] / m
    return t[["account", "retweets", "share", "distinct_retweeters"]]
