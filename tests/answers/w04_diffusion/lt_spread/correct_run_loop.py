# Correct alternative: a plain loop per run, activating nodes one at a time until nothing changes.
import numpy as np


def lt_spread(G, seeds, theta, weight="weight"):
    """Final cascade size of the linear threshold model in each run (thresholds theta[r, i])."""
    nodes = list(G)
    seeds = list(seeds)
    if any(s not in G for s in seeds):
        raise ValueError("unknown seed")
    theta = np.asarray(theta, dtype=float)
    if theta.ndim != 2 or theta.shape[1] != len(nodes):
        raise ValueError("theta must be runs x nodes")
    into = {v: [] for v in nodes}
    for a, b, w in G.edges(data=weight):
        into[b].append((a, w))
        if not G.is_directed() and a != b:
            into[a].append((b, w))
    sizes = []
    for row in theta:
        active = set(seeds)
        changed = True
        while changed:
            changed = False
            for i, v in enumerate(nodes):
                if v not in active and sum(w for a, w in into[v] if a in active) >= row[i]:
                    active.add(v)
                    changed = True
        sizes.append(len(active))
    return np.array(sizes, dtype=int)
