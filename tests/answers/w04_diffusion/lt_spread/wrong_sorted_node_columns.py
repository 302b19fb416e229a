# Wrong: maps theta's columns to the nodes in sorted order instead of the order of list(G.nodes()).
import numpy as np


def lt_spread(G, seeds, theta, weight="weight"):
    """Final cascade size of the linear threshold model in each run (thresholds theta[r, i])."""
    nodes = sorted(G, key=str)
    seeds = list(seeds)
    if any(s not in G for s in seeds):
        raise ValueError("unknown seed")
    theta = np.asarray(theta, dtype=float)
    if theta.ndim != 2 or theta.shape[1] != len(nodes):
        raise ValueError("theta must be runs x nodes")
    sizes = []
    for row in theta:
        active = set(seeds)
        changed = True
        while changed:
            changed = False
            for i, v in enumerate(nodes):
                if v in active:
                    continue
                sources = G.predecessors(v) if G.is_directed() else G.neighbors(v)
                if sum(G.edges[a, v][weight] for a in sources if a in active) >= row[i]:
                    active.add(v)
                    changed = True
        sizes.append(len(active))
    return np.array(sizes, dtype=int)
