# wrong: on an undirected graph uses each edge in one direction only (as G.edges lists it)
def hits_scores(G, weight="weight", tol=1e-10, max_iter=1000):
    """HITS (hubs, authorities) of G by power iteration from uniform hubs, each summing to 1."""
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}, {}
    pos = {v: i for i, v in enumerate(nodes)}
    W = np.zeros((n, n))
    for u, v, w in G.edges(data=weight, default=1):
        W[pos[u], pos[v]] += 1.0 if weight is None else float(w)
    if W.sum() <= 0:
        raise ValueError("no edge of positive weight")
    h = np.ones(n) / n
    for _ in range(max_iter):
        a = W.T @ h
        a = a / a.sum()
        new = W @ a
        new = new / new.sum()
        if np.abs(new - h).sum() < n * tol:
            return dict(zip(nodes, new)), dict(zip(nodes, a))
        h = new
    raise nx.PowerIterationFailedConvergence(max_iter)
