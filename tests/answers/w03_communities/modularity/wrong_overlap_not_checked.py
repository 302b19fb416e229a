# Wrong: only checks that every node is covered, so a node in two groups is accepted.
def modularity(G, communities, weight="weight", resolution=1.0):
    """Modularity Q_gamma of a partition of G (undirected or directed formula)."""
    groups = [set(c) for c in communities]
    if set().union(*groups) != set(G):
        raise ValueError("not a partition of the nodes")
    if G.is_directed():
        k_out, k_in = dict(G.out_degree(weight=weight)), dict(G.in_degree(weight=weight))
        m = sum(k_out.values())
    else:
        k_out = k_in = dict(G.degree(weight=weight))
        m = sum(k_out.values()) / 2
    if m == 0:
        raise ValueError("no edge weight")
    scale = m if G.is_directed() else 2 * m
    q = 0.0
    for c in groups:
        inside = sum(w for u, v, w in G.edges(c, data=weight, default=1) if v in c)
        q += inside / m - resolution * sum(k_out[n] for n in c) * sum(k_in[n] for n in c) / scale**2
    return float(q)
