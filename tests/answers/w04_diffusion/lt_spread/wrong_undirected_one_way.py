# Wrong: an undirected edge pushes only from its first end to its second.
import numpy as np
import scipy.sparse as sp


def lt_spread(G, seeds, theta, weight="weight"):
    """Final cascade size of the linear threshold model in each run (thresholds theta[r, i])."""
    seeds = list(seeds)
    index = {v: i for i, v in enumerate(G)}
    theta = np.asarray(theta, dtype=float)
    if theta.ndim != 2 or theta.shape[1] != len(index):
        raise ValueError("theta must be runs x nodes")
    if any(s not in index for s in seeds):
        raise ValueError("unknown seed")
    src = [index[a] for a, _ in G.edges()]
    dst = [index[b] for _, b in G.edges()]
    w = [float(d[weight]) for _, _, d in G.edges(data=True)]
    influence = sp.csr_matrix((w, (dst, src)), shape=(len(index), len(index)))
    active = np.zeros(theta.shape, dtype=bool)
    active[:, [index[s] for s in seeds]] = True
    while True:
        grown = active | ((influence @ active.T.astype(float)).T >= theta)
        if (grown == active).all():
            return active.sum(axis=1)
        active = grown
