# Correct: recomputes every uncancelled flight's loss from scratch each round (no running totals).
import math


def cancellation_cascade(G, seeds, threshold, weight="weight"):
    """Linear-threshold cancellations: {flight: round in which it is cancelled}, seeds in round 0."""
    seeds = set(seeds)
    if not seeds <= set(G):
        raise ValueError("unknown seed")
    for v in G:
        if v not in threshold:
            raise ValueError("missing threshold")
        t = threshold[v]
        if isinstance(t, float) and math.isnan(t) or t <= 0:
            raise ValueError("bad threshold")
    cancelled = {s: 0 for s in seeds}
    r = 0
    while True:
        r += 1
        before = dict(cancelled)
        for v in G:
            if v in before:
                continue
            loss = sum(G[u][v][weight] for u in G.predecessors(v) if u in before)
            if loss >= threshold[v]:
                cancelled[v] = r
        if len(cancelled) == len(before):
            return cancelled
