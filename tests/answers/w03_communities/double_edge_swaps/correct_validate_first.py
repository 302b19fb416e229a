# Correct alternative: validate every proposal first, then swap on an adjacency dict of sets.
import networkx as nx
import numpy as np


def double_edge_swaps(G, proposals):
    """Apply double-edge swap proposals (i, j, flip) in order; return (rewired graph, accepted swaps)."""
    if (
        not isinstance(G, nx.Graph)
        or G.is_directed()
        or G.is_multigraph()
        or nx.number_of_selfloops(G)
    ):
        raise ValueError("need a simple undirected graph")
    rows = np.asarray(proposals, dtype=int).reshape(-1, 3)
    m = G.number_of_edges()
    if len(rows) and (rows[:, :2].min() < 0 or rows[:, :2].max() >= m):
        raise ValueError("index out of range")
    slots = [tuple(e) for e in G.edges()]
    adj = {n: set(G[n]) for n in G}
    accepted = 0
    for i, j, flip in rows.tolist():
        (a, b), (c, d) = slots[i], slots[j]
        new = [(a, c), (b, d)] if flip == 1 else [(a, d), (c, b)]
        if i == j or any(x == y or y in adj[x] for x, y in new):
            continue
        for x, y in (slots[i], slots[j]):
            adj[x].discard(y)
            adj[y].discard(x)
        for x, y in new:
            adj[x].add(y)
            adj[y].add(x)
        slots[i], slots[j] = new
        accepted += 1
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from(slots)
    return H, accepted
