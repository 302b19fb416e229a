# wrong: walks the edges forwards (successors): the accounts `account` amplified
def reach_within(G, account, hops=None):
    """Accounts with a directed path of <= hops edges to `account` (None: any length)."""
    if account not in G:
        return set()
    lengths = nx.single_source_shortest_path_length(G, account, cutoff=hops)
    return {v for v in lengths if v != account}
