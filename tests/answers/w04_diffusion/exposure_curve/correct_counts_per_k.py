# Correct alternative: collect n_v for every node first, then count per k with numpy.
import numpy as np


def exposure_curve(G, adopted_at, max_k):
    """P(k): share of ever-k-exposed nodes that adopted while exactly k-exposed, k = 1..max_k."""
    if max_k < 1:
        raise ValueError("max_k must be >= 1")
    for node in adopted_at:
        if not G.has_node(node):
            raise ValueError("unknown node")
    t = {v: x for v, x in adopted_at.items() if x is not None}
    exposures, adopters = [], []
    for v in G:
        contacts = set(G.predecessors(v)) if G.is_directed() else set(G.neighbors(v))
        contacts.discard(v)
        if v in t:
            exposures.append(sum(1 for u in contacts if u in t and t[u] < t[v]))
            adopters.append(True)
        else:
            exposures.append(sum(1 for u in contacts if u in t))
            adopters.append(False)
    exposures, adopters = np.array(exposures, dtype=int), np.array(adopters, dtype=bool)
    result = np.full(max_k, np.nan)
    for k in range(1, max_k + 1):
        ever = np.count_nonzero(exposures >= k)
        if ever:
            result[k - 1] = np.count_nonzero(adopters & (exposures == k)) / ever
    return result
