# Correct alternative: quadratic but fine at these sizes, a BFS from every node on the undirected tree.
import networkx as nx


def cascade_metrics(tree):
    """Size, depth, maximum breadth and structural virality of a cascade tree (edges parent -> child)."""
    if len(tree) == 0 or not nx.is_arborescence(tree):
        raise ValueError("not an arborescence")
    n = len(tree)
    root = next(v for v in tree if tree.in_degree(v) == 0)
    levels = list(nx.bfs_layers(tree, [root]))
    undirected = tree.to_undirected(as_view=True)
    total = sum(sum(nx.single_source_shortest_path_length(undirected, v).values()) for v in tree)
    return {
        "size": n,
        "depth": len(levels) - 1,
        "max_breadth": max(len(level) for level in levels),
        "structural_virality": float(total / (n * (n - 1))) if n > 1 else 0.0,
    }
