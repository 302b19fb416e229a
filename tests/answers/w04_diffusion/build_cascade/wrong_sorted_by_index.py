# Wrong: sorts the rows by their index before taking each user's first row (index order is not table order).
import networkx as nx
import pandas as pd


def build_cascade(edges):
    """One cascade's rows -> a DiGraph tree (parent -> child) with node attribute delay_min."""
    edges = edges.sort_index()
    is_root = edges["parent_uid"].isna()
    if is_root.sum() != 1:
        raise ValueError("exactly one ROOT row is needed")
    root = edges.loc[is_root, "child_uid"].iloc[0]
    first = {}
    for parent, child, delay in zip(
        edges["parent_uid"], edges["child_uid"], edges["child_delay_min"]
    ):
        if pd.isna(parent) or parent == child or child == root or child in first:
            continue
        first[child] = (parent, float(delay))
    children = {}
    for child, (parent, delay) in first.items():
        children.setdefault(parent, []).append((child, delay))
    tree = nx.DiGraph()
    tree.add_node(root, delay_min=0.0)
    stack = [root]
    while stack:
        node = stack.pop()
        for child, delay in children.get(node, []):
            tree.add_edge(node, child)
            tree.nodes[child]["delay_min"] = max(delay, tree.nodes[node]["delay_min"])
            stack.append(child)
    return tree
