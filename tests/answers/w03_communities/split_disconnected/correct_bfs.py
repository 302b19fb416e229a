# Correct alternative: breadth-first search inside each community, neighbours in both directions.
from collections import deque


def split_disconnected(G, communities):
    """Replace each community by the connected (weakly, if directed) components it induces."""
    pieces = []
    for community in communities:
        left = set(community)
        while left:
            start = left.pop()
            piece, queue = {start}, deque([start])
            while queue:
                node = queue.popleft()
                around = set(G.adj[node])
                if G.is_directed():
                    around |= set(G.pred[node])
                for other in around & left:
                    left.discard(other)
                    piece.add(other)
                    queue.append(other)
            pieces.append(piece)
    return pieces
