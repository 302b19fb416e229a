# Wrong: forgets the minimum turn time: a flight may leave as soon as its inbound flight lands.
import networkx as nx


def propagate_delays(G, initial):
    """Departure delay of every flight: its own delay, then the wait for inbound aircraft and crews."""
    if not nx.is_directed_acyclic_graph(G):
        raise ValueError("not a DAG")
    if any(k not in G for k in initial) or any(x < 0 for x in initial.values()):
        raise ValueError("bad initial delay")
    start = {}
    for v in nx.topological_sort(G):
        ready = G.nodes[v]["dep"] + initial.get(v, 0)
        for u in G.predecessors(v):
            ready = max(ready, start[u] + G.nodes[u]["arr"] - G.nodes[u]["dep"])
        start[v] = ready
    return {v: float(start[v] - G.nodes[v]["dep"]) for v in G}
