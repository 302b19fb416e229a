# Wrong: checks the seeds with one pass over the iterable and uses them in a second: a generator is empty.
import numpy as np


def ic_spread(G, seeds, u, p="p"):
    """Final cascade size of the independent cascade model in each run, with live edges u[r, j] < p_j."""
    index = {v: i for i, v in enumerate(G)}
    if any(s not in index for s in seeds):
        raise ValueError("unknown seed")
    edge_list = list(G.edges(data=p))
    u = np.asarray(u, dtype=float)
    if u.ndim != 2 or u.shape[1] != len(edge_list):
        raise ValueError("u must be runs x edges")
    src = np.array([index[a] for a, _, _ in edge_list], dtype=int)
    dst = np.array([index[b] for _, b, _ in edge_list], dtype=int)
    live = u < np.array([q for _, _, q in edge_list], dtype=float)
    if not G.is_directed():
        src, dst = np.concatenate([src, dst]), np.concatenate([dst, src])
        live = np.concatenate([live, live], axis=1)
    active = np.zeros((u.shape[0], len(index)), dtype=bool)
    active[:, [index[s] for s in seeds]] = True
    while True:
        runs, hit = np.nonzero(active[:, src] & live)
        grown = active.copy()
        grown[runs, dst[hit]] = True
        if (grown == active).all():
            return active.sum(axis=1)
        active = grown
