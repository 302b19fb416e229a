# Wrong: self-loops are counted as edges within a group.
def share_within(G, labels, weight=None):
    """Weighted share of edges whose two endpoints carry the same label."""
    inside = total = 0.0
    for u, v, w in G.edges(data=weight, default=1):
        a, b = labels.get(u), labels.get(v)
        if a is None or b is None:
            continue
        total += w
        if a == b:
            inside += w
    if total == 0:
        return float("nan")
    return inside / total
