# wrong: sets the core number to the current degree, forgetting the max with the cores assigned so far
import heapq


def core_numbers(G):
    """Core number of every node of G, as an undirected simple graph without self-loops."""
    H = nx.Graph(G)
    H.remove_edges_from(list(nx.selfloop_edges(H)))
    degree = dict(H.degree())
    order = {v: i for i, v in enumerate(H)}
    heap = [(d, order[v], v) for v, d in degree.items()]
    heapq.heapify(heap)
    core = {}
    while heap:
        d, _, v = heapq.heappop(heap)
        if v in core or d != degree[v]:
            continue
        core[v] = d
        for u in H[v]:
            if u not in core:
                degree[u] -= 1
                heapq.heappush(heap, (degree[u], order[u], u))
    return core
