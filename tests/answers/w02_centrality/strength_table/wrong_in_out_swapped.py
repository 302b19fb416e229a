# wrong: strengths taken in the wrong direction (in_strength from out-going edges and vice versa)
def strength_table(G, weight="weight"):
    """Per node: in_degree, out_degree, in_strength, out_strength (missing weight = 1)."""
    nodes = list(G)
    return pd.DataFrame(
        {
            "in_degree": [G.in_degree(v) for v in nodes],
            "out_degree": [G.out_degree(v) for v in nodes],
            "in_strength": [G.out_degree(v, weight=weight) for v in nodes],
            "out_strength": [G.in_degree(v, weight=weight) for v in nodes],
        },
        index=pd.Index(nodes, dtype=object),
    )
