# Wrong: structural virality = W / (n(n-1)), forgetting that W counts each unordered pair once.
import networkx as nx
import numpy as np


def cascade_metrics(tree):
    """Size, depth, maximum breadth and structural virality of a cascade tree (edges parent -> child)."""
    if tree.number_of_nodes() == 0 or not nx.is_arborescence(tree):
        raise ValueError("not an arborescence")
    root = next(v for v, d in tree.in_degree() if d == 0)
    depth = nx.single_source_shortest_path_length(tree, root)
    n = len(depth)
    below = dict.fromkeys(tree, 1)
    for v in sorted(depth, key=depth.get, reverse=True):
        for c in tree.successors(v):
            below[v] += below[c]
    wiener = sum(below[v] * (n - below[v]) for v in tree if v != root)
    return {
        "size": n,
        "depth": max(depth.values()),
        "max_breadth": int(np.bincount(list(depth.values())).max()),
        "structural_virality": wiener / (n * (n - 1)) if n > 1 else 0.0,
    }
