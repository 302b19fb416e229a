# Correct alternative: a 0/1 symmetric sparse adjacency matrix without its diagonal; degrees are row sums.
import math

import networkx as nx
import numpy as np


def epidemic_threshold(G, model="SIS"):
    """Mean-field epidemic threshold: <k>/<k^2> (SIS) or <k>/(<k^2> - <k>) (SIR)."""
    if model not in ("SIS", "SIR"):
        raise ValueError("unknown model")
    if G.number_of_nodes() == 0:
        raise ValueError("empty graph")
    A = nx.to_scipy_sparse_array(G, weight=None, format="lil")
    A.setdiag(0)
    A = A.tocsr()
    A = ((A + A.T) > 0).astype(float)
    k = np.asarray(A.sum(axis=1)).ravel()
    k1, k2 = k.mean(), (k**2).mean()
    denominator = k2 if model == "SIS" else k2 - k1
    return float(k1 / denominator) if denominator > 0 else math.inf
