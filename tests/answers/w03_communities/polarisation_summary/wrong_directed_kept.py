# Wrong: keeps the graph directed (DiGraph), so reciprocal links count twice and r uses direction.
import networkx as nx


def polarisation_summary(G, attribute):
    """Size, assortativity, share within, label modularity and max conductance of the labelled LCC."""
    keep = [n for n, value in G.nodes(data=attribute) if value is not None]
    simple = nx.DiGraph(G.subgraph(keep)) if G.is_directed() else nx.Graph(G.subgraph(keep))
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    undirected = simple.to_undirected(as_view=True)
    H = simple.subgraph(max(nx.connected_components(undirected), key=len))
    groups = {}
    for n, value in H.nodes(data=attribute):
        groups.setdefault(value, set()).add(n)
    within = sum(1 for u, v in H.edges() if H.nodes[u][attribute] == H.nodes[v][attribute])
    return {
        "nodes": H.number_of_nodes(),
        "edges": H.number_of_edges(),
        "assortativity": nx.attribute_assortativity_coefficient(H, attribute),
        "share_within": within / H.number_of_edges(),
        "label_modularity": nx.community.modularity(H, groups.values()),
        "max_conductance": max(nx.conductance(H.to_undirected(), g) for g in groups.values()),
    }
