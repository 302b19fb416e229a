# Correct alternative: one pass over the edges with a node -> community dict, strengths by hand.
from collections import defaultdict


def modularity(G, communities, weight="weight", resolution=1.0):
    """Modularity Q_gamma of a partition of G (undirected or directed formula)."""
    community = {}
    for c, group in enumerate(communities):
        for n in group:
            if n in community or n not in G:
                raise ValueError("not a partition of the nodes")
            community[n] = c
    if len(community) != G.number_of_nodes():
        raise ValueError("not a partition of the nodes")
    inside = defaultdict(float)
    out_total = defaultdict(float)
    in_total = defaultdict(float)
    m = 0.0
    for u, v, data in G.edges(data=True):
        w = 1 if weight is None else data.get(weight, 1)
        m += w
        out_total[community[u]] += w
        in_total[community[v]] += w
        if community[u] == community[v]:
            inside[community[u]] += w
    if m == 0:
        raise ValueError("no edge weight")
    if G.is_directed():
        return sum(
            inside[c] / m - resolution * out_total[c] * in_total[c] / m**2 for c in out_total
        )
    degree = {c: out_total[c] + in_total[c] for c in set(out_total) | set(in_total)}
    return sum(inside[c] / m - resolution * (degree[c] / (2 * m)) ** 2 for c in degree)
