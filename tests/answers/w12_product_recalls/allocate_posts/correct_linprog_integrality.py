# correct: scipy.optimize.linprog with integrality (HiGHS branch and bound), a long-format table
import numpy as np
import pandas as pd
from scipy.optimize import linprog


def allocate_posts(value, cost, budget, max_posts):
    """An optimal integer number of posts per channel and day under a budget (bounded knapsack)."""
    long = value.stack().rename("v").reset_index()
    long.columns = ["channel", "day", "v"]
    if long.empty:
        return pd.DataFrame(
            np.zeros(value.shape, dtype="int64"), index=value.index, columns=value.columns
        )
    k = long["channel"].map(cost).to_numpy(dtype=float)
    res = linprog(
        -long["v"].to_numpy(),
        A_ub=k[None, :],
        b_ub=[budget],
        bounds=[(0, max_posts)] * len(long),
        integrality=np.ones(len(long)),
        method="highs",
        options={"mip_rel_gap": 0},
    )
    long["x"] = np.rint(res.x).astype("int64")
    plan = long.pivot(index="channel", columns="day", values="x").reindex(
        index=value.index, columns=value.columns
    )
    return plan.astype("int64")
