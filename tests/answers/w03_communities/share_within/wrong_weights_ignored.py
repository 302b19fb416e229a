# Wrong: every edge counts 1 even when a weight attribute is given.
def share_within(G, labels, weight=None):
    """Weighted share of edges whose two endpoints carry the same label."""
    inside = total = 0
    for u, v in G.edges():
        a, b = labels.get(u), labels.get(v)
        if u == v or a is None or b is None:
            continue
        total += 1
        inside += a == b
    if total == 0:
        return float("nan")
    return inside / total
