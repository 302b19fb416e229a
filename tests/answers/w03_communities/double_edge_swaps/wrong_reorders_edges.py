# Wrong: re-reads the edge order from the rewired graph (list(H.edges())) before every proposal.
import networkx as nx


def double_edge_swaps(G, proposals):
    """Apply double-edge swap proposals (i, j, flip) in order; return (rewired graph, accepted swaps)."""
    if G.is_directed() or G.is_multigraph() or nx.number_of_selfloops(G) > 0:
        raise ValueError("G must be a simple undirected graph without self-loops")
    H = G.copy()
    accepted = 0
    for i, j, flip in (tuple(int(x) for x in row) for row in proposals):
        edges = list(H.edges())
        if not (0 <= i < len(edges) and 0 <= j < len(edges)):
            raise ValueError("proposal index out of range")
        if i == j:
            continue
        (a, b), (c, d) = edges[i], edges[j]
        first, second = ((a, d), (c, b)) if flip == 0 else ((a, c), (b, d))
        if (
            first[0] == first[1]
            or second[0] == second[1]
            or H.has_edge(*first)
            or H.has_edge(*second)
        ):
            continue
        H.remove_edges_from([(a, b), (c, d)])
        H.add_edges_from([first, second])
        accepted += 1
    return H, accepted
