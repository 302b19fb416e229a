# wrong: an edge without the weight attribute weighs 0 instead of 1
def strength_table(G, weight="weight"):
    """Per node: in_degree, out_degree, in_strength, out_strength (missing weight = 1)."""
    nodes = list(G)
    table = pd.DataFrame(
        0.0,
        index=pd.Index(nodes, dtype=object),
        columns=["in_degree", "out_degree", "in_strength", "out_strength"],
    )
    for u, v, data in G.edges(data=True):
        w = 1 if weight is None else data.get(weight, 0)
        table.loc[u, "out_degree"] += 1
        table.loc[v, "in_degree"] += 1
        table.loc[u, "out_strength"] += w
        table.loc[v, "in_strength"] += w
    return table
