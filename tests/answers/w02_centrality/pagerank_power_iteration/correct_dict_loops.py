# correct: plain dictionaries: out-weights per node, then one pass over the edge list per step
def pagerank_power_iteration(
    G, alpha=0.85, personalization=None, weight="weight", tol=1e-10, max_iter=1000
):
    """PageRank of G by power iteration (dangling mass and teleport follow `personalization`)."""
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    arcs = []
    for u, v, data in G.edges(data=True):
        w = 1.0 if weight is None else float(data.get(weight, 1))
        arcs.append((u, v, w))
        if not G.is_directed() and u != v:
            arcs.append((v, u, w))
    out = dict.fromkeys(nodes, 0.0)
    for u, _, w in arcs:
        out[u] += w
    if personalization is None:
        tele = dict.fromkeys(nodes, 1.0 / n)
    else:
        total = sum(float(personalization.get(v, 0)) for v in nodes)
        tele = {v: float(personalization.get(v, 0)) / total for v in nodes}
    x = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = sum(x[v] for v in nodes if out[v] == 0)
        new = {v: (alpha * dangling + 1 - alpha) * tele[v] for v in nodes}
        for u, v, w in arcs:
            if out[u] != 0:
                new[v] += alpha * x[u] * w / out[u]
        if sum(abs(new[v] - x[v]) for v in nodes) < n * tol:
            return new
        x = new
    raise nx.PowerIterationFailedConvergence(max_iter)
