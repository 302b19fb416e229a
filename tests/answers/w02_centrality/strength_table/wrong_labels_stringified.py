# wrong: labels stringified: the index holds str(node), so node 3 and node "3" merge and ints become "3"
def strength_table(G, weight="weight"):
    """Per node: in_degree, out_degree, in_strength, out_strength (missing weight = 1)."""
    nodes = list(G)
    return pd.DataFrame(
        {
            "in_degree": [G.in_degree(v) for v in nodes],
            "out_degree": [G.out_degree(v) for v in nodes],
            "in_strength": [G.in_degree(v, weight=weight) for v in nodes],
            "out_strength": [G.out_degree(v, weight=weight) for v in nodes],
        },
        index=[str(v) for v in nodes],
    )
