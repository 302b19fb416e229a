# Wrong: clips negative delays to 0 but does not lift a child posted before its parent.
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
        first[child] = (parent, max(float(delay), 0.0))
    children = {}
    for child, (parent, delay) in first.items():
        children.setdefault(parent, []).append((child, delay))
    tree = nx.DiGraph()
    tree.add_node(root, delay_min=0.0)
    stack = [root]
    while stack:
        node = stack.pop()
        for child, delay in children.get(node, []):
            tree.add_node(child, delay_min=delay)
            tree.add_edge(node, child)
            stack.append(child)
    return tree
