# Wrong: self-loops are kept as edges (they inflate the diagonal of the mixing matrix).
from collections import Counter


def categorical_assortativity(G, attribute):
    """Newman's assortativity coefficient r for a categorical node attribute."""
    category = dict(G.nodes(data=attribute))
    e = Counter()
    for u, v in G.edges():
        if category[u] is None or category[v] is None:
            continue
        e[category[u], category[v]] += 1
        if not G.is_directed():
            e[category[v], category[u]] += 1
    total = sum(e.values())
    if total == 0:
        return float("nan")
    rows, cols = Counter(), Counter()
    for (a, b), count in e.items():
        rows[a] += count
        cols[b] += count
    diagonal = sum(e[a, a] for a in rows) / total
    expected = sum(rows[a] * cols[a] for a in rows) / total**2
    if expected == 1:
        return float("nan")
    return float((diagonal - expected) / (1 - expected))
