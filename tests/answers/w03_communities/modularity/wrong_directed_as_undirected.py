# Wrong: a directed graph is treated with the undirected formula (direction dropped).
def modularity(G, communities, weight="weight", resolution=1.0):
    """Modularity Q_gamma of a partition of G (undirected or directed formula)."""
    groups = [set(c) for c in communities]
    members = [n for c in groups for n in c]
    if len(members) != len(set(members)) or set(members) != set(G):
        raise ValueError("not a partition of the nodes")
    degree = dict(G.degree(weight=weight))
    m = sum(degree.values()) / 2
    if m == 0:
        raise ValueError("no edge weight")
    q = 0.0
    for c in groups:
        inside = sum(w for u, v, w in G.edges(c, data=weight, default=1) if v in c)
        q += inside / m - resolution * (sum(degree[n] for n in c) / (2 * m)) ** 2
    return float(q)
