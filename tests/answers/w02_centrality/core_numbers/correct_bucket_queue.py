# correct: Batagelj-Zaversnik bucket queue on a simple undirected copy without self-loops
def core_numbers(G):
    """Core number of every node of G, as an undirected simple graph without self-loops."""
    neighbours = {v: set() for v in G}
    for u, v in G.edges():
        if u != v:
            neighbours[u].add(v)
            neighbours[v].add(u)
    degree = {v: len(nbrs) for v, nbrs in neighbours.items()}
    buckets = {}
    for v, d in degree.items():
        buckets.setdefault(d, set()).add(v)
    core, k = {}, 0
    for _ in range(len(degree)):
        d = min(b for b, members in buckets.items() if members)
        v = buckets[d].pop()
        k = max(k, d)
        core[v] = k
        for u in neighbours[v]:
            if u not in core:
                buckets[degree[u]].discard(u)
                degree[u] -= 1
                buckets.setdefault(degree[u], set()).add(u)
    return core
