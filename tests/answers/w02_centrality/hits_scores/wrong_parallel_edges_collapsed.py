# wrong: converts a multigraph to a simple graph first, so parallel edges keep one weight instead of adding up
def hits_scores(G, weight="weight", tol=1e-10, max_iter=1000):
    """HITS (hubs, authorities) of G by power iteration from uniform hubs, each summing to 1."""
    if G.is_multigraph():
        G = nx.DiGraph(G) if G.is_directed() else nx.Graph(G)
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}, {}
    W = nx.to_numpy_array(G, nodelist=nodes, weight=weight)
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
