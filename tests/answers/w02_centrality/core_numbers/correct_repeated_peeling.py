# correct: peel level by level: for k = 1, 2, ... remove nodes of degree < k until none is left
def core_numbers(G):
    """Core number of every node of G, as an undirected simple graph without self-loops."""
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from((u, v) for u, v in G.edges() if u != v)
    core = dict.fromkeys(H, 0)
    k = 0
    while H.number_of_nodes():
        k += 1
        low = [v for v, d in H.degree() if d < k]
        while low:
            H.remove_nodes_from(low)
            low = [v for v, d in H.degree() if d < k]
        for v in H:
            core[v] = k
    return core
