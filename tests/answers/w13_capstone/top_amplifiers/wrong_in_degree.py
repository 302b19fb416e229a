# Wrong: ranks by weighted in-degree (reactions received) instead of PageRank.
from collections import Counter


def top_amplifiers(posts, since, until, k=10):
    """Accounts with the highest weighted PageRank in the reaction network of [since, until)."""
    author = dict(zip(posts["post_id"], posts["account_id"]))
    window = posts[(posts["time"] >= since) & (posts["time"] < until) & posts["parent_id"].notna()]
    received = Counter()
    nodes = set()
    for account, parent in zip(window["account_id"], window["parent_id"]):
        target = author.get(int(parent))
        if target is not None and target != account:
            received[int(target)] += 1
            nodes.update([int(account), int(target)])
    return sorted(nodes, key=lambda a: (-received[a], a))[:k]
