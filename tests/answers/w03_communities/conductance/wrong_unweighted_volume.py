# Wrong: the cut is weighted but the volumes use the unweighted degree.
def conductance(G, S, weight=None):
    """Conductance cut(S, V-S) / min(vol S, vol V-S) of a node set S in an undirected graph."""
    S = set(S)
    cut = sum(w for u, v, w in G.edges(data=weight, default=1) if (u in S) != (v in S))
    degree = dict(G.degree())
    vol_s = sum(degree[n] for n in S)
    vol_rest = sum(degree.values()) - vol_s
    if min(vol_s, vol_rest) == 0:
        raise ValueError("zero volume")
    return float(cut / min(vol_s, vol_rest))
