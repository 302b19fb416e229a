# Wrong: repeated reactions between the same two accounts count once (no weights).
import networkx as nx


def top_amplifiers(posts, since, until, k=10):
    """Accounts with the highest weighted PageRank in the reaction network of [since, until)."""
    author = dict(zip(posts["post_id"], posts["account_id"]))
    window = posts[(posts["time"] >= since) & (posts["time"] < until) & posts["parent_id"].notna()]
    graph = nx.DiGraph()
    for account, parent in zip(window["account_id"], window["parent_id"]):
        target = author.get(int(parent))
        if target is not None and target != account:
            graph.add_edge(int(account), int(target))
    if len(graph) == 0:
        return []
    rank = nx.pagerank(graph, alpha=0.85, tol=1e-12)
    return [int(a) for a in sorted(rank, key=lambda a: (-rank[a], a))[:k]]
