# wrong: drops the dangling nodes' mass and renormalises at the end instead of redistributing it each step
def pagerank_power_iteration(
    G, alpha=0.85, personalization=None, weight="weight", tol=1e-10, max_iter=1000
):
    """PageRank of G by power iteration (dangling mass and teleport follow `personalization`)."""
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    src, dst, w = [], [], []
    for u, v, data in G.edges(data=True):
        value = 1.0 if weight is None else float(data.get(weight, 1))
        src.append(index[u])
        dst.append(index[v])
        w.append(value)
        if not G.is_directed() and u != v:
            src.append(index[v])
            dst.append(index[u])
            w.append(value)
    out = np.bincount(src, weights=w, minlength=n)
    share = np.array(w) / np.where(out == 0, 1.0, out)[src]
    p = (
        np.full(n, 1.0 / n)
        if personalization is None
        else np.array([float(personalization.get(v, 0)) for v in nodes])
    )
    p = p / p.sum()
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = alpha * np.bincount(dst, weights=x[src] * share, minlength=n) + (1 - alpha) * p
        if np.abs(new - x).sum() < n * tol:
            return dict(zip(nodes, new / new.sum()))
        x = new
    raise nx.PowerIterationFailedConvergence(max_iter)
