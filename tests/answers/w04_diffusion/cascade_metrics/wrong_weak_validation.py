# Wrong: only checks that the graph is a tree when direction is ignored (accepts two parents).
import networkx as nx


def cascade_metrics(tree):
    """Size, depth, maximum breadth and structural virality of a cascade tree (edges parent -> child)."""
    if tree.number_of_nodes() == 0 or not nx.is_tree(tree):
        raise ValueError("not a tree")
    root = next(v for v, d in tree.in_degree() if d == 0)
    depth = nx.single_source_shortest_path_length(tree.to_undirected(), root)
    n = len(depth)
    levels = {}
    for d in depth.values():
        levels[d] = levels.get(d, 0) + 1
    virality = nx.average_shortest_path_length(tree.to_undirected()) if n > 1 else 0.0
    return {
        "size": n,
        "depth": max(depth.values()),
        "max_breadth": max(levels.values()),
        "structural_virality": virality,
    }
