# Correct alternative: degree = size of each node's neighbour set (both directions, itself removed).
import math


def epidemic_threshold(G, model="SIS"):
    """Mean-field epidemic threshold: <k>/<k^2> (SIS) or <k>/(<k^2> - <k>) (SIR)."""
    if model not in {"SIS", "SIR"}:
        raise ValueError("unknown model")
    if len(G) == 0:
        raise ValueError("empty graph")
    neighbours = {v: set() for v in G}
    for a, b in G.edges():
        if a != b:
            neighbours[a].add(b)
            neighbours[b].add(a)
    degrees = [len(s) for s in neighbours.values()]
    k1 = sum(degrees) / len(degrees)
    k2 = sum(d * d for d in degrees) / len(degrees)
    denominator = k2 if model == "SIS" else k2 - k1
    if denominator == 0:
        return math.inf
    return k1 / denominator
