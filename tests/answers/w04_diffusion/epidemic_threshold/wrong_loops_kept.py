# Wrong: merges parallel edges and drops direction but keeps self-loops (each adds 2 to a degree).
import math

import networkx as nx
import numpy as np


def epidemic_threshold(G, model="SIS"):
    """Mean-field epidemic threshold: <k>/<k^2> (SIS) or <k>/(<k^2> - <k>) (SIR)."""
    if model not in ("SIS", "SIR"):
        raise ValueError("unknown model")
    if G.number_of_nodes() == 0:
        raise ValueError("empty graph")
    simple = nx.Graph(G)
    k = np.array([d for _, d in simple.degree()], dtype=float)
    first, second = k.mean(), (k**2).mean()
    denominator = second if model == "SIS" else second - first
    return float(first / denominator) if denominator > 0 else math.inf
