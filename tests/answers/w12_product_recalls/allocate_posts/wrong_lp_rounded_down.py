# wrong: solves the LP relaxation and rounds down, feasible but not optimal
import numpy as np
import pandas as pd
from scipy.optimize import linprog


def allocate_posts(value, cost, budget, max_posts):
    """An optimal integer number of posts per channel and day under a budget (bounded knapsack)."""
    v = value.to_numpy(dtype=float).ravel()
    k = np.repeat(
        cost.reindex(value.index).to_numpy(dtype=float)[:, None], value.shape[1], axis=1
    ).ravel()
    res = linprog(
        -v, A_ub=k[None, :], b_ub=[budget], bounds=[(0, max_posts)] * len(v), method="highs"
    )
    x = np.floor(res.x + 1e-9).astype("int64").reshape(value.shape)
    return pd.DataFrame(x, index=value.index, columns=value.columns)
