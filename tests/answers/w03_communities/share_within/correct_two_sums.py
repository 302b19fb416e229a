# Correct alternative: two generator sums over the kept edges, weights read from the edge dicts.
def share_within(G, labels, weight=None):
    """Weighted share of edges whose two endpoints carry the same label."""
    kept = [
        (labels[u] == labels[v], 1 if weight is None else data.get(weight, 1))
        for u, v, data in G.edges(data=True)
        if u != v and labels.get(u) is not None and labels.get(v) is not None
    ]
    total = sum(w for _, w in kept)
    if not kept or total == 0:
        return float("nan")
    return float(sum(w for same, w in kept if same) / total)
