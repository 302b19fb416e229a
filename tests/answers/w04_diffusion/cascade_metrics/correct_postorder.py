# Correct alternative: own arborescence check, subtree sizes from a DFS post-order, levels by Counter.
from collections import Counter

import networkx as nx


def cascade_metrics(tree):
    """Size, depth, maximum breadth and structural virality of a cascade tree (edges parent -> child)."""
    n = tree.number_of_nodes()
    roots = [v for v, d in tree.in_degree() if d == 0]
    if n == 0 or len(roots) != 1 or any(d > 1 for _, d in tree.in_degree()):
        raise ValueError("not an arborescence")
    root = roots[0]
    depth = nx.single_source_shortest_path_length(tree, root)
    if len(depth) != n or tree.number_of_edges() != n - 1:
        raise ValueError("not an arborescence")
    size = {}
    for v in nx.dfs_postorder_nodes(tree, root):
        size[v] = 1 + sum(size[c] for c in tree.successors(v))
    wiener = sum(size[v] * (n - size[v]) for v in tree if v != root)
    return {
        "size": n,
        "depth": max(depth.values()),
        "max_breadth": max(Counter(depth.values()).values()),
        "structural_virality": 2 * wiener / (n * (n - 1)) if n > 1 else 0.0,
    }
