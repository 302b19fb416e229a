# Wrong: the root level is not counted as a level of breadth (fails for a one-node cascade).
import networkx as nx


def cascade_metrics(tree):
    """Size, depth, maximum breadth and structural virality of a cascade tree (edges parent -> child)."""
    if tree.number_of_nodes() == 0 or not nx.is_arborescence(tree):
        raise ValueError("not an arborescence")
    root = next(v for v, d in tree.in_degree() if d == 0)
    depth = nx.single_source_shortest_path_length(tree, root)
    n = len(depth)
    levels = {}
    for d in depth.values():
        if d > 0:
            levels[d] = levels.get(d, 0) + 1
    undirected = tree.to_undirected()
    virality = nx.average_shortest_path_length(undirected) if n > 1 else 0.0
    return {
        "size": n,
        "depth": max(depth.values()),
        "max_breadth": max(levels.values(), default=0),
        "structural_virality": virality,
    }
