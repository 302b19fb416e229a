# wrong: uses the degree of the directed graph, so a reciprocal pair counts twice
import heapq


def core_numbers(G):
    """Core number of every node of G, as an undirected simple graph without self-loops."""
    degree = {v: G.degree(v) - 2 * G.number_of_edges(v, v) for v in G}
    heap = [(d, i, v) for i, (v, d) in enumerate(degree.items())]
    order = {v: i for i, v in enumerate(G)}
    heapq.heapify(heap)
    core, k = {}, 0
    neighbours = {v: [u for u in nx.all_neighbors(G, v) if u != v] for v in G}
    while heap:
        d, _, v = heapq.heappop(heap)
        if v in core or d != degree[v]:
            continue
        k = max(k, d)
        core[v] = k
        for u in neighbours[v]:
            if u not in core:
                degree[u] -= 1
                heapq.heappush(heap, (degree[u], order[u], u))
    return core
