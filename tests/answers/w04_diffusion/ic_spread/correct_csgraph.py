# Correct alternative: per run a sparse live-edge matrix; reachability with scipy's breadth_first_order.
import numpy as np
import scipy.sparse as sp
from scipy.sparse import csgraph


def ic_spread(G, seeds, u, p="p"):
    """Final cascade size of the independent cascade model in each run, with live edges u[r, j] < p_j."""
    index = {v: i for i, v in enumerate(G.nodes())}
    seed_ids = set()
    for s in seeds:
        if s not in index:
            raise ValueError("unknown seed")
        seed_ids.add(index[s])
    edge_list = list(G.edges(data=p))
    u = np.asarray(u, dtype=float)
    if u.ndim != 2 or u.shape[1] != len(edge_list):
        raise ValueError("u must be runs x edges")
    src = np.array([index[a] for a, _, _ in edge_list], dtype=int)
    dst = np.array([index[b] for _, b, _ in edge_list], dtype=int)
    prob = np.array([q for _, _, q in edge_list], dtype=float)
    n = len(index)
    sizes = np.zeros(u.shape[0], dtype=int)
    for r in range(u.shape[0]):
        live = u[r] < prob
        graph = sp.csr_matrix((np.ones(live.sum()), (src[live], dst[live])), shape=(n, n))
        reached = set()
        for s in seed_ids:
            order = csgraph.breadth_first_order(
                graph, s, directed=G.is_directed(), return_predecessors=False
            )
            reached.update(order.tolist())
        sizes[r] = len(reached)
    return sizes
