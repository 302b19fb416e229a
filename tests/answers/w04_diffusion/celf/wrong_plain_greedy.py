# Wrong: plain (not lazy) greedy: re-evaluates every candidate at every step.
def celf(spread, candidates, k):
    """Lazy greedy (CELF): up to k candidates, each with the largest marginal gain of spread."""
    chosen, left = [], list(candidates)
    while left and len(chosen) < k:
        base = spread(chosen)
        best = max(left, key=lambda c: spread(chosen + [c]) - base)
        chosen.append(best)
        left.remove(best)
    return chosen
