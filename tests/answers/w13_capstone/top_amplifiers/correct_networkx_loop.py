# Correct alternative: networkx edge weights accumulated row by row, PageRank at a tight tolerance, ties by larger id.
import networkx as nx
import pandas as pd


def top_amplifiers(posts, since, until, k=10):
    """Accounts with the highest weighted PageRank in the reaction network of [since, until)."""
    author = posts.set_index("post_id")["account_id"]
    graph = nx.DiGraph()
    for row in posts.itertuples(index=False):
        if pd.isna(row.parent_id) or not (since <= row.time < until):
            continue
        if int(row.parent_id) not in author.index:
            continue
        u, v = int(row.account_id), int(author.loc[int(row.parent_id)])
        if u == v:
            continue
        if graph.has_edge(u, v):
            graph[u][v]["weight"] += 1
        else:
            graph.add_edge(u, v, weight=1)
    if len(graph) == 0:
        return []
    scores = nx.pagerank(graph, alpha=0.85, weight="weight", tol=1e-11, max_iter=5000)
    ranked = sorted(scores, key=lambda a: (round(-scores[a], 12), -a))
    return [int(a) for a in ranked[:k]]
