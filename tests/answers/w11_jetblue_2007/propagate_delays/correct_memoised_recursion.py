# Correct: memoised recursion on predecessors (pull), with Kahn's algorithm to detect cycles.


def propagate_delays(G, initial):
    """Departure delay of every flight: its own delay, then the wait for inbound aircraft and crews."""
    indeg = {v: G.in_degree(v) for v in G}
    queue = [v for v, d in indeg.items() if d == 0]
    seen = 0
    while queue:
        u = queue.pop()
        seen += 1
        for w in G.successors(u):
            indeg[w] -= 1
            if indeg[w] == 0:
                queue.append(w)
    if seen != G.number_of_nodes():
        raise ValueError("cycle")
    for k, x in initial.items():
        if k not in G or x < 0:
            raise ValueError("bad initial delay")
    memo = {}

    def start(v):
        if v not in memo:
            best = G.nodes[v]["dep"] + initial.get(v, 0)
            for u in G.predecessors(v):
                best = max(best, start(u) + G.nodes[u]["arr"] - G.nodes[u]["dep"] + G[u][v]["turn"])
            memo[v] = best
        return memo[v]

    return {v: float(start(v) - G.nodes[v]["dep"]) for v in G}
