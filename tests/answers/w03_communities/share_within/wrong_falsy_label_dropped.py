# Wrong: tests labels for truth, so the label 0 is treated as missing.
def share_within(G, labels, weight=None):
    """Weighted share of edges whose two endpoints carry the same label."""
    inside = total = 0.0
    for u, v, w in G.edges(data=weight, default=1):
        a, b = labels.get(u), labels.get(v)
        if u == v or not a or not b:
            continue
        total += w
        if a == b:
            inside += w
    if total == 0:
        return float("nan")
    return inside / total
