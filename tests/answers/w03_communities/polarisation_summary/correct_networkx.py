# Correct alternative: networkx built-ins on a graph rebuilt with to_undirected and nx.Graph.
import networkx as nx


def polarisation_summary(G, attribute):
    """Size, assortativity, share within, label modularity and max conductance of the labelled LCC."""
    labelled = [n for n, value in G.nodes(data=attribute) if value is not None]
    simple = nx.Graph(G.subgraph(labelled).to_undirected())
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    H = simple.subgraph(max(nx.connected_components(simple), key=len))
    label = nx.get_node_attributes(H, attribute)
    groups = {}
    for n, value in label.items():
        groups.setdefault(value, set()).add(n)
    return {
        "nodes": H.number_of_nodes(),
        "edges": H.number_of_edges(),
        "assortativity": float(nx.attribute_assortativity_coefficient(H, attribute)),
        "share_within": sum(label[u] == label[v] for u, v in H.edges()) / H.number_of_edges(),
        "label_modularity": float(nx.community.modularity(H, list(groups.values()))),
        "max_conductance": max(float(nx.conductance(H, g)) for g in groups.values()),
    }
