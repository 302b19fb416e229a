# Wrong: updates in place within a round, so a flight cancelled this round already counts for later ones.
def cancellation_cascade(G, seeds, threshold, weight="weight"):
    """Linear-threshold cancellations: {flight: round in which it is cancelled}, seeds in round 0."""
    seeds = list(seeds)
    if any(s not in G for s in seeds) or any(v not in threshold for v in G):
        raise ValueError("bad input")
    if any(not threshold[v] > 0 for v in G):
        raise ValueError("bad threshold")
    when = dict.fromkeys(seeds, 0)
    r = 0
    while True:
        r += 1
        changed = False
        for v in G:
            if (
                v not in when
                and sum(G[u][v][weight] for u in G.predecessors(v) if u in when) >= threshold[v]
            ):
                when[v] = r
                changed = True
        if not changed:
            return when
