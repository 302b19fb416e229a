# Wrong: converts to a simple graph first, so parallel edges of a multigraph count once.
import networkx as nx


def share_within(G, labels, weight=None):
    """Weighted share of edges whose two endpoints carry the same label."""
    H = nx.DiGraph(G) if G.is_directed() else nx.Graph(G)
    inside = total = 0.0
    for u, v, w in H.edges(data=weight, default=1):
        a, b = labels.get(u), labels.get(v)
        if u == v or a is None or b is None:
            continue
        total += w
        if a == b:
            inside += w
    if total == 0:
        return float("nan")
    return inside / total
