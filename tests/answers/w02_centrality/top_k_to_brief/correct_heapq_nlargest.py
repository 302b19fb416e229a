# correct: heapq.nlargest over the remaining accounts (ties may come in any order)
import heapq


def top_k_to_brief(G, k=10, exclude=("united",), alpha=0.85):
    """The k accounts with the highest weighted PageRank on all of G, leaving out `exclude`."""
    scores = nx.pagerank(G, alpha=alpha, weight="weight")
    candidates = [v for v in scores if v not in set(exclude)]
    return heapq.nlargest(k, candidates, key=scores.__getitem__)
