# correct: networkx degree views turned into dicts, then one DataFrame from the dicts
def strength_table(G, weight="weight"):
    """Per node: in_degree, out_degree, in_strength, out_strength (missing weight = 1)."""
    table = pd.DataFrame(
        {
            "in_degree": dict(G.in_degree()),
            "out_degree": dict(G.out_degree()),
            "in_strength": dict(G.in_degree(weight=weight)),
            "out_strength": dict(G.out_degree(weight=weight)),
        },
        index=pd.Index(list(G), dtype=object),
        columns=["in_degree", "out_degree", "in_strength", "out_strength"],
    )
    return table
