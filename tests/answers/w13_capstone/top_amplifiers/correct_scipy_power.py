# Correct alternative: pandas edge table and a scipy sparse power iteration, ties by account id.
import numpy as np
import scipy.sparse as sp


def top_amplifiers(posts, since, until, k=10):
    """Accounts with the highest weighted PageRank in the reaction network of [since, until)."""
    parents = posts[["post_id", "account_id"]].rename(
        columns={"post_id": "parent_id", "account_id": "target"}
    )
    window = posts[(posts["time"] >= since) & (posts["time"] < until)].dropna(subset=["parent_id"])
    window = window.assign(parent_id=window["parent_id"].astype("int64"))
    edges = window.merge(parents.astype({"parent_id": "int64"}), on="parent_id", how="inner")
    edges = edges[edges["account_id"] != edges["target"]]
    if edges.empty:
        return []
    weights = edges.groupby(["account_id", "target"]).size()
    nodes = np.unique(
        np.concatenate([weights.index.get_level_values(0), weights.index.get_level_values(1)])
    )
    pos = {node: i for i, node in enumerate(nodes)}
    rows = [pos[u] for u in weights.index.get_level_values(0)]
    cols = [pos[v] for v in weights.index.get_level_values(1)]
    n = len(nodes)
    matrix = sp.csr_matrix((weights.to_numpy(dtype=float), (rows, cols)), shape=(n, n))
    out = np.asarray(matrix.sum(axis=1)).ravel()
    dangling = out == 0
    transition = sp.diags(np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, out))) @ matrix
    x = np.full(n, 1.0 / n)
    for _ in range(10_000):
        new = 0.85 * (transition.T @ x) + (0.85 * x[dangling].sum() + 0.15) / n
        done = np.abs(new - x).sum() < 1e-13
        x = new
        if done:
            break
    order = sorted(range(n), key=lambda i: (-x[i], nodes[i]))
    return [int(nodes[i]) for i in order[:k]]
