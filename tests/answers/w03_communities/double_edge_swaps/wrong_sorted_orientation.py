# Wrong: stores each new edge with its endpoints in canonical (repr-sorted) order, so later swaps see another orientation.
import networkx as nx


def double_edge_swaps(G, proposals):
    """Apply double-edge swap proposals (i, j, flip) in order; return (rewired graph, accepted swaps)."""
    if G.is_directed() or G.is_multigraph() or nx.number_of_selfloops(G) > 0:
        raise ValueError("G must be a simple undirected graph without self-loops")
    canon = lambda e: tuple(sorted(e, key=repr))
    edges = [canon(e) for e in G.edges()]
    present = set(edges)
    accepted = 0
    for i, j, flip in (tuple(int(x) for x in row) for row in proposals):
        if not (0 <= i < len(edges) and 0 <= j < len(edges)):
            raise ValueError("proposal index out of range")
        if i == j:
            continue
        (a, b), (c, d) = edges[i], edges[j]
        first, second = ((a, d), (c, b)) if flip == 0 else ((a, c), (b, d))
        if first[0] == first[1] or second[0] == second[1]:
            continue
        if canon(first) in present or canon(second) in present:
            continue
        present -= {edges[i], edges[j]}
        edges[i], edges[j] = canon(first), canon(second)
        present |= {edges[i], edges[j]}
        accepted += 1
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from(edges)
    return H, accepted
