# wrong: keeps the account itself when a cycle leads back to it
def reach_within(G, account, hops=None):
    """Accounts with a directed path of <= hops edges to `account` (None: any length)."""
    if account not in G:
        return set()
    found, frontier, depth = set(), {account}, 0
    while frontier and (hops is None or depth < hops):
        depth += 1
        frontier = {u for v in frontier for u in G.predecessors(v)} - found
        found |= frontier
    return found
