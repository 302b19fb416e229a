# Wrong: returns the number of proposals tried, not the number of accepted swaps.
import networkx as nx


def double_edge_swaps(G, proposals):
    """Apply double-edge swap proposals (i, j, flip) in order; return (rewired graph, accepted swaps)."""
    if G.is_directed() or G.is_multigraph() or nx.number_of_selfloops(G) > 0:
        raise ValueError("G must be a simple undirected graph without self-loops")
    edges = list(G.edges())
    present = {frozenset(e) for e in edges}
    tried = 0
    for i, j, flip in (tuple(int(x) for x in row) for row in proposals):
        if not (0 <= i < len(edges) and 0 <= j < len(edges)):
            raise ValueError("proposal index out of range")
        tried += 1
        (a, b), (c, d) = edges[i], edges[j]
        first, second = ((a, d), (c, b)) if flip == 0 else ((a, c), (b, d))
        if i == j or first[0] == first[1] or second[0] == second[1]:
            continue
        if frozenset(first) in present or frozenset(second) in present:
            continue
        present -= {frozenset(edges[i]), frozenset(edges[j])}
        present |= {frozenset(first), frozenset(second)}
        edges[i], edges[j] = first, second
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from(edges)
    return H, tried
