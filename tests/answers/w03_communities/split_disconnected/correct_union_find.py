# Correct alternative: union-find over the edges whose two ends are in the same community.
def split_disconnected(G, communities):
    """Replace each community by the connected (weakly, if directed) components it induces."""
    community, parent = {}, {}
    for c, group in enumerate(communities):
        for node in group:
            community[node] = c
            parent[node] = node

    def root(node):
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for u, v in G.edges():
        if community.get(u) is not None and community.get(u) == community.get(v):
            parent[root(u)] = root(v)
    pieces = {}
    for node in parent:
        pieces.setdefault(root(node), set()).add(node)
    return list(pieces.values())
