# Correct alternative: a table of edge ends in pandas, margins with value_counts (no sorting).
import pandas as pd


def categorical_assortativity(G, attribute):
    """Newman's assortativity coefficient r for a categorical node attribute."""
    label = dict(G.nodes(data=attribute))
    pairs = [(label[u], label[v]) for u, v in G.edges() if u != v]
    pairs = [(a, b) for a, b in pairs if a is not None and b is not None]
    if not G.is_directed():
        pairs = pairs + [(b, a) for a, b in pairs]
    if not pairs:
        return float("nan")
    ends = pd.DataFrame(pairs, columns=["a", "b"], dtype=object)
    share_a = ends["a"].value_counts(normalize=True, sort=False)
    share_b = ends["b"].value_counts(normalize=True, sort=False)
    expected = float(sum(share_a[c] * share_b.get(c, 0.0) for c in share_a.index))
    diagonal = float((ends["a"] == ends["b"]).mean())
    if expected >= 1:
        return float("nan")
    return (diagonal - expected) / (1 - expected)
