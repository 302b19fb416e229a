# wrong: removes the excluded accounts from the graph before computing PageRank
def top_k_to_brief(G, k=10, exclude=("united",), alpha=0.85):
    """The k accounts with the highest weighted PageRank on all of G, leaving out `exclude`."""
    H = G.copy()
    H.remove_nodes_from([v for v in exclude if v in H])
    scores = nx.pagerank(H, alpha=alpha, weight="weight")
    return sorted(scores, key=scores.get, reverse=True)[:k]
