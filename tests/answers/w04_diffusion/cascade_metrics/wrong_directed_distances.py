# Wrong: averages directed distances only (ancestor to descendant), ignoring pairs in other branches.
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
        levels[d] = levels.get(d, 0) + 1
    distances = [
        d for v in tree for u, d in nx.single_source_shortest_path_length(tree, v).items() if u != v
    ]
    return {
        "size": n,
        "depth": max(depth.values()),
        "max_breadth": max(levels.values()),
        "structural_virality": sum(distances) / len(distances) if distances else 0.0,
    }
