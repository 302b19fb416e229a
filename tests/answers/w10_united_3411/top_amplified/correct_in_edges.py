# Correct: sums the weights over in_edges and sorts with a composite key.
import pandas as pd


def top_amplified(G, k):
    """The k most retweeted accounts with their share of all retweets and distinct retweeters."""
    if k < 1:
        raise ValueError("k < 1")
    total = sum(w for _, _, w in G.edges(data="weight"))
    rows = []
    for v in G.nodes:
        ins = list(G.in_edges(v, data="weight"))
        if ins:
            s = sum(w for _, _, w in ins)
            rows.append(
                {"account": v, "retweets": s, "share": s / total, "distinct_retweeters": len(ins)}
            )
    rows = sorted(rows, key=lambda r: (-r["retweets"], -r["distinct_retweeters"], r["account"]))[:k]
    return pd.DataFrame(rows, columns=["account", "retweets", "share", "distinct_retweeters"])
