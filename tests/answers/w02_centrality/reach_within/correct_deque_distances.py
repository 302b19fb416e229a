# correct: breadth-first search with a deque and a distance dict, walking predecessors
from collections import deque


def reach_within(G, account, hops=None):
    """Accounts with a directed path of <= hops edges to `account` (None: any length)."""
    if account not in G:
        return set()
    distance = {account: 0}
    queue = deque([account])
    while queue:
        v = queue.popleft()
        if hops is not None and distance[v] >= hops:
            continue
        for u in G.predecessors(v):
            if u not in distance:
                distance[u] = distance[v] + 1
                queue.append(u)
    del distance[account]
    return set(distance)
