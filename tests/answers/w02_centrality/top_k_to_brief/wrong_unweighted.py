# wrong: weights ignored (PageRank with weight=None)
def top_k_to_brief(G, k=10, exclude=("united",), alpha=0.85):
    """The k accounts with the highest weighted PageRank on all of G, leaving out `exclude`."""
    scores = nx.pagerank(G, alpha=alpha, weight=None)
    return sorted((v for v in scores if v not in set(exclude)), key=scores.get, reverse=True)[:k]
