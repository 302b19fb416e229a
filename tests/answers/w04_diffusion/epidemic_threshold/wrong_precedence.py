# Wrong: writes the SIR threshold as k1 / k2 - k1 (operator precedence), i.e. <k>/<k^2> - <k>.
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
    k1, k2 = k.mean(), (k**2).mean()
    if k2 == 0 or (model == "SIR" and k2 == k1):
        return math.inf
    return float(k1 / k2) if model == "SIS" else float(k1 / k2 - k1)
