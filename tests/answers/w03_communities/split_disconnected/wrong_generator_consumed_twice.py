# Wrong: iterates over `communities` twice, so a generator is empty the second time.
import networkx as nx


def split_disconnected(G, communities):
    """Replace each community by the connected (weakly, if directed) components it induces."""
    if any(len(c) == 0 for c in communities):
        communities = [c for c in communities if len(c)]
    components = nx.weakly_connected_components if G.is_directed() else nx.connected_components
    return [set(piece) for community in communities for piece in components(G.subgraph(community))]
