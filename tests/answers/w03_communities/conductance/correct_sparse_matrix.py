# Correct alternative: cut and volumes from the sparse adjacency matrix and an indicator vector.
import networkx as nx
import numpy as np


def conductance(G, S, weight=None):
    """Conductance cut(S, V-S) / min(vol S, vol V-S) of a node set S in an undirected graph."""
    S = set(S)
    nodes = list(G)
    A = nx.to_scipy_sparse_array(G, nodelist=nodes, weight=weight, format="csr")
    inside = np.array([n in S for n in nodes], dtype=float)
    loops = A.diagonal()
    degree = np.asarray(A.sum(axis=1)).ravel() + loops  # a loop sits once on the diagonal
    cut = float(inside @ (A @ (1 - inside)))
    vol_s = float(degree @ inside)
    vol_rest = float(degree.sum() - vol_s)
    if min(vol_s, vol_rest) == 0:
        raise ValueError("zero volume")
    return cut / min(vol_s, vol_rest)
