# Wrong: records a first parent for every child, the source included, then keeps what the root reaches.
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
        if not pd.isna(parent) and parent != child and child not in first:
            first[child] = (parent, float(delay))
    links = nx.DiGraph([(parent, child) for child, (parent, _) in first.items()])
    links.add_node(root)
    tree = links.subgraph(nx.descendants(links, root) | {root}).copy()
    nx.set_node_attributes(tree, 0.0, "delay_min")
    for parent, child in nx.bfs_edges(tree, root):
        tree.nodes[child]["delay_min"] = max(first[child][1], tree.nodes[parent]["delay_min"])
    return tree
