# Wrong: an undirected self-loop adds w (not 2w) to its node's degree.
from collections import defaultdict


def modularity(G, communities, weight="weight", resolution=1.0):
    """Modularity Q_gamma of a partition of G (undirected or directed formula)."""
    groups = [set(c) for c in communities]
    members = [n for c in groups for n in c]
    if len(members) != len(set(members)) or set(members) != set(G):
        raise ValueError("not a partition of the nodes")
    k_out, k_in = defaultdict(float), defaultdict(float)
    m = 0.0
    for u, v, w in G.edges(data=weight, default=1):
        m += w
        k_out[u] += w
        k_in[v] += w
        if not G.is_directed() and u != v:
            k_out[v] += w
            k_in[u] += w
    if m == 0:
        raise ValueError("no edge weight")
    q = 0.0
    for c in groups:
        inside = sum(w for u, v, w in G.edges(c, data=weight, default=1) if v in c)
        d_out = sum(k_out[n] for n in c)
        d_in = sum(k_in[n] for n in c)
        scale = m if G.is_directed() else 2 * m
        q += inside / m - resolution * d_out * d_in / scale**2
    return float(q)
