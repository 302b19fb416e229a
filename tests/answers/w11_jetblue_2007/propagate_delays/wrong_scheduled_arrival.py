# Wrong: waits for the predecessor's *scheduled* arrival plus its own direct delay, not its propagated delay.
import networkx as nx


def propagate_delays(G, initial):
    """Departure delay of every flight: its own delay, then the wait for inbound aircraft and crews."""
    if not nx.is_directed_acyclic_graph(G):
        raise ValueError("not a DAG")
    if any(k not in G for k in initial) or any(x < 0 for x in initial.values()):
        raise ValueError("bad initial delay")
    out = {}
    for v in G:
        ready = G.nodes[v]["dep"] + initial.get(v, 0)
        for u in G.predecessors(v):
            ready = max(ready, G.nodes[u]["arr"] + initial.get(u, 0) + G.edges[u, v]["turn"])
        out[v] = float(ready - G.nodes[v]["dep"])
    return out
