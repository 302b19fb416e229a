# wrong: ignores the cap on posts per channel and day (only the budget limits the plan)
import numpy as np
import pandas as pd
from scipy import optimize


def allocate_posts(value, cost, budget, max_posts):
    """An optimal integer number of posts per channel and day under a budget (bounded knapsack)."""
    v = value.to_numpy(dtype=float).ravel()
    k = np.repeat(
        cost.reindex(value.index).to_numpy(dtype=float)[:, None], value.shape[1], axis=1
    ).ravel()
    res = optimize.milp(
        -v,
        constraints=optimize.LinearConstraint(k, -np.inf, budget),
        integrality=np.ones_like(v),
        bounds=optimize.Bounds(0, np.inf),
        options={"mip_rel_gap": 0},
    )
    return pd.DataFrame(
        np.rint(res.x).astype("int64").reshape(value.shape),
        index=value.index,
        columns=value.columns,
    )
