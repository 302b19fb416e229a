# Correct alternative: pandas keeps each user's first usable row, then a BFS from the source.
import networkx as nx


def build_cascade(edges):
    """One cascade's rows -> a DiGraph tree (parent -> child) with node attribute delay_min."""
    frame = edges[["parent_uid", "child_uid", "child_delay_min"]].reset_index(drop=True)
    roots = frame[frame["parent_uid"].isna()]
    if len(roots) != 1:
        raise ValueError("exactly one ROOT row is needed")
    root = roots["child_uid"].iloc[0]
    rows = frame[frame["parent_uid"].notna()]
    rows = rows[(rows["parent_uid"] != rows["child_uid"]) & (rows["child_uid"] != root)]
    first = rows.drop_duplicates("child_uid", keep="first")
    children = {}
    for parent, child, delay in first.itertuples(index=False):
        children.setdefault(parent, []).append((child, float(delay)))
    tree = nx.DiGraph()
    tree.add_node(root, delay_min=0.0)
    queue = [root]
    while queue:
        node = queue.pop()
        for child, delay in children.get(node, []):
            tree.add_edge(node, child)
            tree.nodes[child]["delay_min"] = max(delay, tree.nodes[node]["delay_min"])
            queue.append(child)
    return tree
