# Correct alternative: an edge table in pandas, labels mapped with a dict, masks for the exclusions.
import numpy as np
import pandas as pd


def share_within(G, labels, weight=None):
    """Weighted share of edges whose two endpoints carry the same label."""
    rows = [
        (u, v, 1.0 if weight is None else float(d.get(weight, 1))) for u, v, d in G.edges(data=True)
    ]
    if not rows:
        return float("nan")
    edges = pd.DataFrame(rows, columns=["u", "v", "w"])
    a = [labels.get(u) for u in edges["u"]]
    b = [labels.get(v) for v in edges["v"]]
    keep = (
        np.array([x is not None and y is not None for x, y in zip(a, b)])
        & (edges["u"] != edges["v"]).to_numpy()
    )
    same = np.array([x == y for x, y in zip(a, b)], dtype=bool)
    total = edges["w"].to_numpy()[keep].sum()
    if total == 0:
        return float("nan")
    return float(edges["w"].to_numpy()[keep & same].sum() / total)
