# Wrong: uses the square of the mean degree <k>^2 where the formula needs the mean square <k^2>.
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
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    k = np.array([d for _, d in simple.degree()], dtype=float)
    first = k.mean()
    second = first**2
    denominator = second if model == "SIS" else second - first
    return float(first / denominator) if denominator > 0 else math.inf
