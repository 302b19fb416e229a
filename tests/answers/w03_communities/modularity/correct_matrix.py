# Correct alternative: modularity from the dense adjacency matrix and a membership vector.
import networkx as nx
import numpy as np


def modularity(G, communities, weight="weight", resolution=1.0):
    """Modularity Q_gamma of a partition of G (undirected or directed formula)."""
    groups = [list(c) for c in communities]
    members = [n for c in groups for n in c]
    nodes = list(G)
    if len(members) != len(set(members)) or set(members) != set(nodes):
        raise ValueError("not a partition of the nodes")
    A = nx.to_numpy_array(G, nodelist=nodes, weight=weight)
    position = {n: i for i, n in enumerate(nodes)}
    label = np.empty(len(nodes), dtype=int)
    for c, group in enumerate(groups):
        label[[position[n] for n in group]] = c
    same = label[:, None] == label[None, :]
    if G.is_directed():
        m = A.sum()
        if m == 0:
            raise ValueError("no edge weight")
        k_out, k_in = A.sum(axis=1), A.sum(axis=0)
        return float(((A - resolution * np.outer(k_out, k_in) / m) * same).sum() / m)
    # an undirected self-loop sits once on the diagonal: A_ii must count twice
    A = A + np.diag(np.diag(A))
    k = A.sum(axis=1)
    m = k.sum() / 2
    if m == 0:
        raise ValueError("no edge weight")
    return float(((A - resolution * np.outer(k, k) / (2 * m)) * same).sum() / (2 * m))
