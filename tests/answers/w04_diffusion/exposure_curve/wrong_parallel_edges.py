# Wrong: counts every parallel edge as a separate exposure (exposures per edge, not per distinct source).
import numpy as np


def exposure_curve(G, adopted_at, max_k):
    """P(k): share of ever-k-exposed nodes that adopted while exactly k-exposed, k = 1..max_k."""
    if max_k < 1:
        raise ValueError("max_k must be at least 1")
    if any(node not in G for node in adopted_at):
        raise ValueError("adopted_at names a node that is not in G")
    when = {node: t for node, t in adopted_at.items() if t is not None}
    ever, adopted = np.zeros(max_k + 1), np.zeros(max_k + 1)
    for v in G:
        t_v = when.get(v)
        edges = G.in_edges(v) if G.is_directed() else G.edges(v)
        n_v = 0
        for a, b in edges:
            u = a if G.is_directed() else b
            if u != v and u in when and (t_v is None or when[u] < t_v):
                n_v += 1
        ever[1 : min(n_v, max_k) + 1] += 1
        if t_v is not None and 1 <= n_v <= max_k:
            adopted[n_v] += 1
    with np.errstate(invalid="ignore", divide="ignore"):
        return (adopted / ever)[1:]
