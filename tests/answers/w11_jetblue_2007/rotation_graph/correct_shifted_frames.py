# Correct: vectorised with sort_values + groupby().shift(-1), then merges the two edge lists.
import networkx as nx


def rotation_graph(flights, tail_turn=35, crew_connect=30):
    """Dependency DAG of a day of flying: u -> v when v is the next flight of u's aircraft or crew."""
    if not flights["flight"].is_unique:
        raise ValueError("flight ids must be unique")
    G = nx.DiGraph()
    G.add_nodes_from(
        (f, {"dep": d, "arr": a})
        for f, d, a in zip(flights["flight"], flights["dep"], flights["arr"])
    )
    edges = {}
    for column, turn in (("crew", crew_connect), ("tail", tail_turn)):
        frame = flights[flights[column].notna()].sort_values([column, "dep"], kind="mergesort")
        nxt = frame.groupby(column, sort=False).shift(-1)
        has_next = nxt["flight"].notna() | nxt["dep"].notna()
        if column == "tail":
            if (has_next & (nxt["dep"] == frame["dep"])).any():
                raise ValueError("same departure twice for one aircraft")
            if (has_next & (nxt["origin"] != frame["dest"])).any():
                raise ValueError("broken rotation")
        for u, v in zip(frame.loc[has_next, "flight"], nxt.loc[has_next, "flight"]):
            entry = edges.setdefault((u, v), {"tail": False, "crew": False, "turn": float("-inf")})
            entry[column] = True
            entry["turn"] = max(entry["turn"], turn)
    G.add_edges_from((u, v, d) for (u, v), d in edges.items())
    return G
