# Correct alternative: keep a working nx.Graph copy and a list of edge slots; has_edge for collisions.
import networkx as nx


def double_edge_swaps(G, proposals):
    """Apply double-edge swap proposals (i, j, flip) in order; return (rewired graph, accepted swaps)."""
    if G.is_directed() or G.is_multigraph():
        raise ValueError("G must be a simple undirected graph")
    if any(u == v for u, v in G.edges()):
        raise ValueError("G has a self-loop")
    slots = list(G.edges())
    work = nx.Graph()
    work.add_nodes_from(G.nodes(data=True))
    work.add_edges_from(slots)
    done = 0
    for row in proposals:
        i, j, flip = int(row[0]), int(row[1]), int(row[2])
        if i < 0 or j < 0 or i >= len(slots) or j >= len(slots):
            raise ValueError("index out of range")
        if i == j:
            continue
        a, b = slots[i]
        c, d = slots[j]
        if flip:
            e1, e2 = (a, c), (b, d)
        else:
            e1, e2 = (a, d), (c, b)
        if e1[0] == e1[1] or e2[0] == e2[1] or work.has_edge(*e1) or work.has_edge(*e2):
            continue
        work.remove_edge(a, b)
        work.remove_edge(c, d)
        work.add_edge(*e1)
        work.add_edge(*e2)
        slots[i], slots[j] = e1, e2
        done += 1
    return work, done
