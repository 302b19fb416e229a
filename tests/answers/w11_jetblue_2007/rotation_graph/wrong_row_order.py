# Wrong: takes the rows in table order instead of sorting each group by departure time.
import networkx as nx


def rotation_graph(flights, tail_turn=35, crew_connect=30):
    """Dependency DAG of a day of flying: u -> v when v is the next flight of u's aircraft or crew."""
    if flights["flight"].duplicated().any():
        raise ValueError("flight ids must be unique")
    G = nx.DiGraph()
    for row in flights.itertuples(index=False):
        G.add_node(row.flight, dep=row.dep, arr=row.arr)
    for column, turn in [("tail", tail_turn), ("crew", crew_connect)]:
        for _, group in flights[flights[column].notna()].groupby(column):
            rows = list(group.itertuples(index=False))
            if column == "tail" and group["dep"].duplicated().any():
                raise ValueError("tie")
            for u, v in zip(rows, rows[1:]):
                if column == "tail" and u.dest != v.origin:
                    raise ValueError("broken")
                if G.has_edge(u.flight, v.flight):
                    G.edges[u.flight, v.flight][column] = True
                    G.edges[u.flight, v.flight]["turn"] = max(
                        G.edges[u.flight, v.flight]["turn"], turn
                    )
                else:
                    G.add_edge(
                        u.flight, v.flight, turn=turn, tail=column == "tail", crew=column == "crew"
                    )
    return G
