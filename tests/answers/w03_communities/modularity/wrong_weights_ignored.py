# Wrong: the weight argument is ignored; every edge weighs 1.
def modularity(G, communities, weight="weight", resolution=1.0):
    """Modularity Q_gamma of a partition of G (undirected or directed formula)."""
    groups = [set(c) for c in communities]
    members = [n for c in groups for n in c]
    if len(members) != len(set(members)) or set(members) != set(G):
        raise ValueError("not a partition of the nodes")
    if G.is_directed():
        k_out, k_in = dict(G.out_degree()), dict(G.in_degree())
        m = sum(k_out.values())
    else:
        k_out = k_in = dict(G.degree())
        m = sum(k_out.values()) / 2
    if m == 0:
        raise ValueError("no edge weight")
    scale = m if G.is_directed() else 2 * m
    q = 0.0
    for c in groups:
        inside = sum(1 for u, v in G.edges(c) if v in c)
        q += inside / m - resolution * sum(k_out[n] for n in c) * sum(k_in[n] for n in c) / scale**2
    return float(q)
