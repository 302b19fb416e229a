# correct: sort (account, score) pairs by score, highest first, after dropping the excluded accounts
def top_k_to_brief(G, k=10, exclude=("united",), alpha=0.85):
    """The k accounts with the highest weighted PageRank on all of G, leaving out `exclude`."""
    scores = nx.pagerank(G, alpha=alpha, weight="weight")
    excluded = set(exclude)
    kept = [(v, s) for v, s in scores.items() if v not in excluded]
    kept.sort(key=lambda item: item[1], reverse=True)
    return [v for v, _ in kept[:k]]
