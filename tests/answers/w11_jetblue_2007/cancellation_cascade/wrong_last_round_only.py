# Wrong: counts only the losses from flights cancelled in the previous round, forgetting older ones.
def cancellation_cascade(G, seeds, threshold, weight="weight"):
    """Linear-threshold cancellations: {flight: round in which it is cancelled}, seeds in round 0."""
    seeds = list(seeds)
    if any(s not in G for s in seeds) or any(v not in threshold for v in G):
        raise ValueError("bad input")
    if any(not threshold[v] > 0 for v in G):
        raise ValueError("bad threshold")
    when = dict.fromkeys(seeds, 0)
    frontier = set(seeds)
    r = 0
    while frontier:
        r += 1
        loss = {}
        for u in frontier:
            for v in G.successors(u):
                if v not in when:
                    loss[v] = loss.get(v, 0.0) + G[u][v][weight]
        frontier = {v for v, x in loss.items() if x >= threshold[v]}
        when.update(dict.fromkeys(frontier, r))
    return when
