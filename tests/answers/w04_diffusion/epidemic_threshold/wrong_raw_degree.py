# Wrong: uses G.degree() as given: reciprocal and parallel edges and self-loops all count.
import math

import numpy as np


def epidemic_threshold(G, model="SIS"):
    """Mean-field epidemic threshold: <k>/<k^2> (SIS) or <k>/(<k^2> - <k>) (SIR)."""
    if model not in ("SIS", "SIR"):
        raise ValueError("unknown model")
    if G.number_of_nodes() == 0:
        raise ValueError("empty graph")
    k = np.array([d for _, d in G.degree()], dtype=float)
    first, second = k.mean(), (k**2).mean()
    denominator = second if model == "SIS" else second - first
    return float(first / denominator) if denominator > 0 else math.inf
