# Wrong: always divides by vol(S), not by the smaller of the two volumes.
def conductance(G, S, weight=None):
    """Conductance cut(S, V-S) / min(vol S, vol V-S) of a node set S in an undirected graph."""
    S = set(S)
    cut = sum(w for u, v, w in G.edges(data=weight, default=1) if (u in S) != (v in S))
    strength = dict(G.degree(weight=weight))
    vol_s = sum(strength[n] for n in S)
    vol_rest = sum(strength.values()) - vol_s
    if vol_s == 0 or vol_rest == 0:
        raise ValueError("zero volume")
    return float(cut / vol_s)
