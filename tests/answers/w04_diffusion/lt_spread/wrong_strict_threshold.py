# Wrong: a node activates only when its pressure is strictly above its threshold.
import networkx as nx
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
    A = nx.to_numpy_array(G, nodelist=nodes, weight=weight)
    active = np.zeros(theta.shape, dtype=bool)
    active[:, [nodes.index(s) for s in seeds]] = True
    while True:
        grown = active | (active.astype(float) @ A > theta)
        if np.array_equal(grown, active):
            return active.sum(axis=1)
        active = grown
