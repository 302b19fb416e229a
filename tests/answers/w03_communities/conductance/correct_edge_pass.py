# Correct alternative: one pass over the edges accumulating cut and both volumes.
def conductance(G, S, weight=None):
    """Conductance cut(S, V-S) / min(vol S, vol V-S) of a node set S in an undirected graph."""
    S = set(S)
    cut = vol_s = vol_rest = 0.0
    for u, v, data in G.edges(data=True):
        w = 1 if weight is None else data.get(weight, 1)
        for end in (u, v):  # each edge end adds w to the volume of its side
            if end in S:
                vol_s += w
            else:
                vol_rest += w
        if (u in S) != (v in S):
            cut += w
    if vol_s == 0 or vol_rest == 0:
        raise ValueError("zero volume")
    return cut / min(vol_s, vol_rest)
