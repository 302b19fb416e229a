# Wrong: passes a predecessor's delay on unchanged (delay_v = max(own, delays of predecessors)), ignoring slack.
import networkx as nx


def propagate_delays(G, initial):
    """Departure delay of every flight: its own delay, then the wait for inbound aircraft and crews."""
    if not nx.is_directed_acyclic_graph(G):
        raise ValueError("not a DAG")
    if any(k not in G for k in initial) or any(x < 0 for x in initial.values()):
        raise ValueError("bad initial delay")
    delay = {}
    for v in nx.topological_sort(G):
        delay[v] = float(max([initial.get(v, 0)] + [delay[u] for u in G.predecessors(v)]))
    return delay
