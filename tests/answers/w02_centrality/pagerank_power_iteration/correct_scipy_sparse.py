# correct: a scipy sparse transition matrix (duplicates summed), undirected edges added both ways off the diagonal
import scipy.sparse as sp


def pagerank_power_iteration(
    G, alpha=0.85, personalization=None, weight="weight", tol=1e-10, max_iter=1000
):
    """PageRank of G by power iteration (dangling mass and teleport follow `personalization`)."""
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    rows, cols, vals = [], [], []
    for u, v, data in G.edges(data=True):
        w = 1.0 if weight is None else float(data.get(weight, 1))
        rows.append(index[u])
        cols.append(index[v])
        vals.append(w)
        if not G.is_directed() and u != v:
            rows.append(index[v])
            cols.append(index[u])
            vals.append(w)
    W = sp.csr_matrix((vals, (rows, cols)), shape=(n, n))
    out = np.asarray(W.sum(axis=1)).ravel()
    dangling = out == 0
    scale = np.divide(1.0, out, out=np.zeros(n), where=~dangling)
    P = sp.diags(scale) @ W
    if personalization is None:
        v = np.full(n, 1.0 / n)
    else:
        v = np.array([float(personalization.get(node, 0)) for node in nodes])
        v = v / v.sum()
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = alpha * (P.T @ x) + (alpha * x[dangling].sum() + 1 - alpha) * v
        if np.abs(new - x).sum() < n * tol:
            return dict(zip(nodes, new))
        x = new
    raise nx.PowerIterationFailedConvergence(max_iter)
