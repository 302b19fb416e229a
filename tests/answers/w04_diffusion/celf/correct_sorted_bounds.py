# Correct alternative: stale gains in a dict; re-evaluate the best bound until it beats every other bound.
def celf(spread, candidates, k):
    """Lazy greedy (CELF): up to k candidates, each with the largest marginal gain of spread."""
    candidates = list(candidates)
    chosen = []
    value = spread([])
    bound = {c: spread([c]) - value for c in candidates}
    fresh = set(candidates)  # candidates whose bound is their gain given the current chosen set
    while bound and len(chosen) < k:
        while True:
            best = max(bound, key=bound.get)
            if best in fresh:
                break
            bound[best] = spread(chosen + [best]) - value
            fresh.add(best)
        chosen.append(best)
        del bound[best]
        value = spread(chosen)
        fresh = set()
    return chosen
