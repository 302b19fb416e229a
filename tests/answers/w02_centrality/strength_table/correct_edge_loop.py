# correct: one pass over the edges (with keys for multigraphs), accumulating in dicts
def strength_table(G, weight="weight"):
    """Per node: in_degree, out_degree, in_strength, out_strength (missing weight = 1)."""
    nodes = list(G)
    counts = {
        name: dict.fromkeys(nodes, 0)
        for name in ["in_degree", "out_degree", "in_strength", "out_strength"]
    }
    for u, v, data in G.edges(data=True):
        w = 1 if weight is None else data.get(weight, 1)
        counts["out_degree"][u] += 1
        counts["in_degree"][v] += 1
        counts["out_strength"][u] += w
        counts["in_strength"][v] += w
    index = pd.Index(nodes, dtype=object)
    return pd.DataFrame(
        {name: [values[v] for v in nodes] for name, values in counts.items()}, index=index
    )
