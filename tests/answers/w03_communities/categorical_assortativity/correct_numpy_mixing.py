# Correct alternative: categories indexed by a dict in order of appearance, mixing matrix in numpy.
import numpy as np


def categorical_assortativity(G, attribute):
    """Newman's assortativity coefficient r for a categorical node attribute."""
    label = {n: value for n, value in G.nodes(data=attribute) if value is not None}
    index = {}
    ends = []
    for u, v in G.edges():
        if u != v and u in label and v in label:
            a = index.setdefault(label[u], len(index))
            b = index.setdefault(label[v], len(index))
            ends.append((a, b))
            if not G.is_directed():
                ends.append((b, a))
    if not ends:
        return float("nan")
    e = np.zeros((len(index), len(index)))
    for a, b in ends:
        e[a, b] += 1
    e /= e.sum()
    expected = float(e.sum(axis=1) @ e.sum(axis=0))
    if np.isclose(expected, 1.0, rtol=0, atol=1e-15):
        return float("nan")
    return float((np.trace(e) - expected) / (1 - expected))
