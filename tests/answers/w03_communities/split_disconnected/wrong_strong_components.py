# Wrong: uses strongly connected components for a directed graph.
import networkx as nx


def split_disconnected(G, communities):
    """Replace each community by the connected (weakly, if directed) components it induces."""
    components = nx.strongly_connected_components if G.is_directed() else nx.connected_components
    return [set(piece) for community in communities for piece in components(G.subgraph(community))]
