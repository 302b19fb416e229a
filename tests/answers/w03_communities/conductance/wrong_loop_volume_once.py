# Wrong: a self-loop adds its weight once (not twice) to its node's volume.
def conductance(G, S, weight=None):
    """Conductance cut(S, V-S) / min(vol S, vol V-S) of a node set S in an undirected graph."""
    S = set(S)
    cut = vol_s = vol_rest = 0.0
    for u, v, w in G.edges(data=weight, default=1):
        ends = (u,) if u == v else (u, v)
        for end in ends:
            if end in S:
                vol_s += w
            else:
                vol_rest += w
        if (u in S) != (v in S):
            cut += w
    if min(vol_s, vol_rest) == 0:
        raise ValueError("zero volume")
    return cut / min(vol_s, vol_rest)
