# Correct: pushes arrival constraints forward in a topological order given by networkx generations.
import networkx as nx


def propagate_delays(G, initial):
    """Departure delay of every flight: its own delay, then the wait for inbound aircraft and crews."""
    if not nx.is_directed_acyclic_graph(G):
        raise ValueError("not a DAG")
    if any(k not in G for k in initial) or any(x < 0 for x in initial.values()):
        raise ValueError("bad initial delay")
    start = {v: G.nodes[v]["dep"] + initial.get(v, 0) for v in G}
    for generation in nx.topological_generations(G):
        for u in generation:
            ready = start[u] + G.nodes[u]["arr"] - G.nodes[u]["dep"]
            for v in G.successors(u):
                start[v] = max(start[v], ready + G.edges[u, v]["turn"])
    return {v: float(start[v] - G.nodes[v]["dep"]) for v in G}
