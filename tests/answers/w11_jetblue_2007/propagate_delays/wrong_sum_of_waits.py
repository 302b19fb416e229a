# Wrong: adds the waits for aircraft and crew instead of taking the later of the two.
import networkx as nx


def propagate_delays(G, initial):
    """Departure delay of every flight: its own delay, then the wait for inbound aircraft and crews."""
    if not nx.is_directed_acyclic_graph(G):
        raise ValueError("not a DAG")
    if any(k not in G for k in initial) or any(x < 0 for x in initial.values()):
        raise ValueError("bad initial delay")
    start = {}
    for v in nx.topological_sort(G):
        dep = G.nodes[v]["dep"]
        wait = 0.0
        for u in G.predecessors(v):
            arrival = start[u] + G.nodes[u]["arr"] - G.nodes[u]["dep"]
            wait += max(0.0, arrival + G.edges[u, v]["turn"] - dep)
        start[v] = dep + max(initial.get(v, 0), wait)
    return {v: float(start[v] - G.nodes[v]["dep"]) for v in G}
