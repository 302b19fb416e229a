# Wrong: raises only for an empty S or S = V, not for a set (or complement) of isolated nodes.
def conductance(G, S, weight=None):
    """Conductance cut(S, V-S) / min(vol S, vol V-S) of a node set S in an undirected graph."""
    S = set(S)
    if not S or S >= set(G):
        raise ValueError("S must be a proper non-empty subset")
    cut = sum(w for u, v, w in G.edges(data=weight, default=1) if (u in S) != (v in S))
    strength = dict(G.degree(weight=weight))
    vol_s = sum(strength[n] for n in S)
    smaller = min(vol_s, sum(strength.values()) - vol_s)
    return float(cut / smaller) if smaller else 0.0
