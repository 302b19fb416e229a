# Wrong: a repeated user keeps its last row, not its first.
import networkx as nx
import pandas as pd


def build_cascade(edges):
    """One cascade's rows -> a DiGraph tree (parent -> child) with node attribute delay_min."""
    rows = list(zip(edges["parent_uid"], edges["child_uid"], edges["child_delay_min"]))
    roots = [child for parent, child, _ in rows if pd.isna(parent)]
    if len(roots) != 1:
        raise ValueError("exactly one ROOT row is needed")
    root = roots[0]
    parent_of = {}
    for parent, child, delay in rows:
        if not pd.isna(parent) and parent != child and child != root:
            parent_of[child] = (parent, float(delay))
    children = {}
    for child, (parent, delay) in parent_of.items():
        children.setdefault(parent, []).append((child, delay))
    tree = nx.DiGraph()
    tree.add_node(root, delay_min=0.0)
    stack = [root]
    while stack:
        node = stack.pop()
        for child, delay in children.get(node, []):
            if child in tree:
                continue
            tree.add_edge(node, child)
            tree.nodes[child]["delay_min"] = max(delay, tree.nodes[node]["delay_min"])
            stack.append(child)
    return tree
