# Wrong: reactions to one's own posts are kept as self-loops.
from collections import Counter

import networkx as nx


def top_amplifiers(posts, since, until, k=10):
    """Accounts with the highest weighted PageRank in the reaction network of [since, until)."""
    author = dict(zip(posts["post_id"], posts["account_id"]))
    window = posts[(posts["time"] >= since) & (posts["time"] < until) & posts["parent_id"].notna()]
    weights = Counter()
    for account, parent in zip(window["account_id"], window["parent_id"]):
        target = author.get(int(parent))
        if target is not None:
            weights[(int(account), int(target))] += 1
    graph = nx.DiGraph()
    graph.add_weighted_edges_from((u, v, w) for (u, v), w in weights.items())
    if len(graph) == 0:
        return []
    rank = nx.pagerank(graph, alpha=0.85, weight="weight", tol=1e-12)
    return [int(a) for a in sorted(rank, key=lambda a: (-rank[a], a))[:k]]
