# wrong: greedy by value per unit cost, which is not optimal for an integer knapsack
import pandas as pd


def allocate_posts(value, cost, budget, max_posts):
    """An optimal integer number of posts per channel and day under a budget (bounded knapsack)."""
    plan = pd.DataFrame(0, index=value.index, columns=value.columns, dtype="int64")
    cells = sorted(
        ((value.loc[r, c] / cost[r], r, c) for r in value.index for c in value.columns),
        reverse=True,
    )
    left = float(budget)
    for _, r, c in cells:
        while plan.loc[r, c] < max_posts and cost[r] <= left + 1e-12:
            plan.loc[r, c] += 1
            left -= cost[r]
    return plan
