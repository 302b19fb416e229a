# Correct alternative: one breadth-first search per run over that run's live edges.
from collections import deque

import numpy as np


def ic_spread(G, seeds, u, p="p"):
    """Final cascade size of the independent cascade model in each run, with live edges u[r, j] < p_j."""
    seeds = set(seeds)
    edge_list = list(G.edges(data=p))
    u = np.asarray(u, dtype=float)
    if u.ndim != 2 or u.shape[1] != len(edge_list):
        raise ValueError("u must be runs x edges")
    if not all(s in G for s in seeds):
        raise ValueError("unknown seed")
    sizes = []
    for row in u:
        out = {}
        for (a, b, prob), draw in zip(edge_list, row):
            if draw < prob:
                out.setdefault(a, []).append(b)
                if not G.is_directed():
                    out.setdefault(b, []).append(a)
        active, queue = set(seeds), deque(seeds)
        while queue:
            for nxt in out.get(queue.popleft(), []):
                if nxt not in active:
                    active.add(nxt)
                    queue.append(nxt)
        sizes.append(len(active))
    return np.array(sizes, dtype=int)
