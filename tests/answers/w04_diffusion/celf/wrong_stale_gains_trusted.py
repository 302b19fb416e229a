# Wrong: ranks candidates once by their spread alone and never re-evaluates (top-k singletons).
def celf(spread, candidates, k):
    """Lazy greedy (CELF): up to k candidates, each with the largest marginal gain of spread."""
    ranked = sorted(candidates, key=lambda c: spread([c]), reverse=True)
    return ranked[:k]
