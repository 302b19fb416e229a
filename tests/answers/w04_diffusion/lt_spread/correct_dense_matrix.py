# Correct alternative: a dense influence matrix from nx.to_numpy_array; synchronous rounds to a fixed point.
import networkx as nx
import numpy as np


def lt_spread(G, seeds, theta, weight="weight"):
    """Final cascade size of the linear threshold model in each run (thresholds theta[r, i])."""
    nodes = list(G.nodes())
    position = {v: i for i, v in enumerate(nodes)}
    seed_ids = []
    for s in seeds:
        if s not in position:
            raise ValueError("unknown seed")
        seed_ids.append(position[s])
    theta = np.asarray(theta, dtype=float)
    if theta.ndim != 2 or theta.shape[1] != len(nodes):
        raise ValueError("theta must be runs x nodes")
    A = nx.to_numpy_array(G, nodelist=nodes, weight=weight)  # A[u, v]: weight of u -> v
    active = np.zeros(theta.shape, dtype=bool)
    active[:, seed_ids] = True
    while True:
        grown = active | (active.astype(float) @ A >= theta)
        if np.array_equal(grown, active):
            return active.sum(axis=1)
        active = grown
