# Correct alternative: first parent per user in a dict, then each user climbs to the root (memoised).
import networkx as nx
import pandas as pd


def build_cascade(edges):
    """One cascade's rows -> a DiGraph tree (parent -> child) with node attribute delay_min."""
    rows = list(zip(edges["parent_uid"], edges["child_uid"], edges["child_delay_min"]))
    roots = [child for parent, child, _ in rows if pd.isna(parent)]
    if len(roots) != 1:
        raise ValueError("exactly one ROOT row is needed")
    root = roots[0]
    first = {}
    for parent, child, delay in rows:
        if pd.isna(parent) or parent == child or child == root or child in first:
            continue
        first[child] = (parent, float(delay))
    time = {root: 0.0}
    for user in first:
        chain = []
        node = user
        while node not in time and node in first and node not in chain:
            chain.append(node)
            node = first[node][0]
        if node not in time:
            continue  # the chain never reaches the root
        for member in reversed(chain):
            time[member] = max(first[member][1], time[first[member][0]])
    tree = nx.DiGraph()
    tree.add_nodes_from((node, {"delay_min": t}) for node, t in time.items())
    tree.add_edges_from((first[node][0], node) for node in time if node != root)
    return tree
