# wrong: depth-first search that marks a node visited at the first depth it meets, which may not be the shortest
def reach_within(G, account, hops=None):
    """Accounts with a directed path of <= hops edges to `account` (None: any length)."""
    if account not in G:
        return set()
    seen = {account}

    def visit(v, depth):
        if hops is not None and depth >= hops:
            return
        for u in G.predecessors(v):
            if u not in seen:
                seen.add(u)
                visit(u, depth + 1)

    visit(account, 0)
    return seen - {account}
