# wrong: self-loops counted (nx.Graph keeps them, so a loop adds 2 to the degree)
import heapq


def core_numbers(G):
    """Core number of every node of G, as an undirected simple graph without self-loops."""
    H = nx.Graph(G)
    degree = dict(H.degree())
    order = {v: i for i, v in enumerate(H)}
    heap = [(d, order[v], v) for v, d in degree.items()]
    heapq.heapify(heap)
    core, k = {}, 0
    while heap:
        d, _, v = heapq.heappop(heap)
        if v in core or d != degree[v]:
            continue
        k = max(k, d)
        core[v] = k
        for u in H[v]:
            if u not in core:
                degree[u] -= 1
                heapq.heappush(heap, (degree[u], order[u], u))
    return core
