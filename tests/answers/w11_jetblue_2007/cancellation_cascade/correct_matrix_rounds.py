# Correct: dense weight matrix, all rounds as vector operations over the node list.
import numpy as np


def cancellation_cascade(G, seeds, threshold, weight="weight"):
    """Linear-threshold cancellations: {flight: round in which it is cancelled}, seeds in round 0."""
    nodes = list(G)
    pos = {v: i for i, v in enumerate(nodes)}
    seeds = list(seeds)
    if any(s not in pos for s in seeds):
        raise ValueError("unknown seed")
    try:
        theta = np.array([float(threshold[v]) for v in nodes])
    except KeyError as err:
        raise ValueError("missing threshold") from err
    if not np.all(theta > 0):
        raise ValueError("thresholds must be positive")
    W = np.zeros((len(nodes), len(nodes)))
    for u, v, d in G.edges(data=True):
        W[pos[u], pos[v]] = d[weight]
    rnd = np.full(len(nodes), -1)
    rnd[[pos[s] for s in seeds]] = 0
    r = 0
    while True:
        r += 1
        done = rnd >= 0
        loss = done.astype(float) @ W
        new = (~done) & (loss >= theta)
        if not new.any():
            break
        rnd[new] = r
    return {nodes[i]: int(rnd[i]) for i in np.flatnonzero(rnd >= 0)}
