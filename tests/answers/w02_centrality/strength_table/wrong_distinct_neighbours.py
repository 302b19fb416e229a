# wrong: degree as the number of distinct neighbours, so parallel edges of a multigraph count once
def strength_table(G, weight="weight"):
    """Per node: in_degree, out_degree, in_strength, out_strength (missing weight = 1)."""
    nodes = list(G)
    return pd.DataFrame(
        {
            "in_degree": [len(set(G.predecessors(v))) for v in nodes],
            "out_degree": [len(set(G.successors(v))) for v in nodes],
            "in_strength": [G.in_degree(v, weight=weight) for v in nodes],
            "out_strength": [G.out_degree(v, weight=weight) for v in nodes],
        },
        index=pd.Index(nodes, dtype=object),
    )
