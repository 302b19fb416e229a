# wrong: off by one: lets the search go one hop further than allowed
def reach_within(G, account, hops=None):
    """Accounts with a directed path of <= hops edges to `account` (None: any length)."""
    if account not in G:
        return set()
    cutoff = None if hops is None else hops + 1
    lengths = nx.single_source_shortest_path_length(G.reverse(copy=False), account, cutoff=cutoff)
    return {v for v in lengths if v != account}
