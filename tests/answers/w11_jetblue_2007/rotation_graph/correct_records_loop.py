# Correct: plain dict of lists per tail/crew, sorted with sorted(); no pandas groupby.
import math

import networkx as nx


def rotation_graph(flights, tail_turn=35, crew_connect=30):
    """Dependency DAG of a day of flying: u -> v when v is the next flight of u's aircraft or crew."""
    records = flights.to_dict("records")
    ids = [r["flight"] for r in records]
    if len(set(ids)) != len(ids):
        raise ValueError("repeated flight id")
    G = nx.DiGraph()
    for r in records:
        G.add_node(r["flight"], dep=r["dep"], arr=r["arr"])

    def missing(x):
        return x is None or (isinstance(x, float) and math.isnan(x))

    for column, turn in (("tail", tail_turn), ("crew", crew_connect)):
        groups = {}
        for r in records:
            if not missing(r[column]):
                groups.setdefault(r[column], []).append(r)
        for rows in groups.values():
            rows = sorted(rows, key=lambda r: r["dep"])
            for u, v in zip(rows[:-1], rows[1:]):
                if column == "tail":
                    if u["dep"] == v["dep"]:
                        raise ValueError("two departures at once")
                    if u["dest"] != v["origin"]:
                        raise ValueError("rotation not continuous")
                a, b = u["flight"], v["flight"]
                if G.has_edge(a, b):
                    G[a][b][column] = True
                    G[a][b]["turn"] = max(G[a][b]["turn"], turn)
                else:
                    G.add_edge(a, b, tail=(column == "tail"), crew=(column == "crew"), turn=turn)
    return G
