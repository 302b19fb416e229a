# Wrong: splits by the components of the whole graph, so paths through other communities count.
import networkx as nx


def split_disconnected(G, communities):
    """Replace each community by the connected (weakly, if directed) components it induces."""
    H = G.to_undirected() if G.is_directed() else G
    component = {n: i for i, c in enumerate(nx.connected_components(H)) for n in c}
    pieces = []
    for community in communities:
        groups = {}
        for node in community:
            groups.setdefault(component[node], set()).add(node)
        pieces.extend(groups.values())
    return pieces
