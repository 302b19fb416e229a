# Correct alternative: one pass over the edges collecting the distinct earlier sources of each node.
import math

import numpy as np


def exposure_curve(G, adopted_at, max_k):
    """P(k): share of ever-k-exposed nodes that adopted while exactly k-exposed, k = 1..max_k."""
    if max_k < 1 or any(v not in G for v in adopted_at):
        raise ValueError("bad max_k or unknown node")
    when = {v: x for v, x in adopted_at.items() if x is not None}
    sources = {v: set() for v in G}
    pairs = list(G.edges())
    if not G.is_directed():
        pairs += [(b, a) for a, b in pairs]
    for u, v in pairs:
        if u != v and u in when and (v not in when or when[u] < when[v]):
            sources[v].add(u)
    ever, hit = [0] * (max_k + 2), [0] * (max_k + 2)
    for v, s in sources.items():
        n = len(s)
        for k in range(1, min(n, max_k) + 1):
            ever[k] += 1
        if v in when and 1 <= n <= max_k:
            hit[n] += 1
    return np.array(
        [hit[k] / ever[k] if ever[k] else math.nan for k in range(1, max_k + 1)], dtype=float
    )
