# Wrong: a hand-written search that follows only out-edges (G[node]) in a directed graph.
def split_disconnected(G, communities):
    """Replace each community by the connected (weakly, if directed) components it induces."""
    pieces = []
    for community in communities:
        left = set(community)
        while left:
            start = left.pop()
            piece, stack = {start}, [start]
            while stack:
                node = stack.pop()
                for other in set(G[node]) & left:
                    left.discard(other)
                    piece.add(other)
                    stack.append(other)
            pieces.append(piece)
    return pieces
