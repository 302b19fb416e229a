# wrong: ranks by in-strength (times amplified) instead of PageRank
def top_k_to_brief(G, k=10, exclude=("united",), alpha=0.85):
    """The k accounts with the highest weighted PageRank on all of G, leaving out `exclude`."""
    strength = dict(G.in_degree(weight="weight"))
    return sorted((v for v in strength if v not in set(exclude)), key=strength.get, reverse=True)[
        :k
    ]
