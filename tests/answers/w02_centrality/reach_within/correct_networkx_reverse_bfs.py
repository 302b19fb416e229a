# correct: shortest-path lengths on the reversed graph (or nx.ancestors for any length)
def reach_within(G, account, hops=None):
    """Accounts with a directed path of <= hops edges to `account` (None: any length)."""
    if account not in G:
        return set()
    if hops is None:
        return set(nx.ancestors(G, account))
    lengths = nx.single_source_shortest_path_length(G.reverse(copy=False), account, cutoff=hops)
    return {v for v in lengths if v != account}
