# Wrong: reports the smallest conductance among the groups instead of the largest.
import networkx as nx


def polarisation_summary(G, attribute):
    """Size, assortativity, share within, label modularity and max conductance of the labelled LCC."""
    keep = [n for n, value in G.nodes(data=attribute) if value is not None]
    simple = nx.Graph(G.subgraph(keep).to_undirected())
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    H = simple.subgraph(max(nx.connected_components(simple), key=len))
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
        "max_conductance": min(nx.conductance(H, g) for g in groups.values()),
    }
