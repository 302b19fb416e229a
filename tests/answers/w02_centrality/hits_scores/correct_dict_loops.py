# correct: plain-Python dict-of-dicts iteration over the edge list (no matrices)
def hits_scores(G, weight="weight", tol=1e-10, max_iter=1000):
    """HITS (hubs, authorities) of G by power iteration from uniform hubs, each summing to 1."""
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}, {}
    arcs = []
    for u, v, w in G.edges(data=weight, default=1):
        w = 1.0 if weight is None else float(w)
        arcs.append((u, v, w))
        if not G.is_directed() and u != v:
            arcs.append((v, u, w))
    h = {v: 1.0 / n for v in nodes}
    for _ in range(max_iter):
        a = dict.fromkeys(nodes, 0.0)
        for u, v, w in arcs:
            a[v] += w * h[u]
        total = sum(a.values())
        if total <= 0:
            raise ValueError("no edge of positive weight")
        a = {v: x / total for v, x in a.items()}
        h_next = dict.fromkeys(nodes, 0.0)
        for u, v, w in arcs:
            h_next[u] += w * a[v]
        total = sum(h_next.values())
        h_next = {v: x / total for v, x in h_next.items()}
        if sum(abs(h_next[v] - h[v]) for v in nodes) < n * tol:
            return h_next, a
        h = h_next
    raise nx.PowerIterationFailedConvergence(max_iter)
