# Correct alternative: numpy arrays and np.where for the undetected rows.
import numpy as np
import pandas as pd


def alarm_cost(table, cost_false_alarm, cost_per_hour, cost_miss, incidents_per_month):
    """Expected cost per month of each row (one threshold) of an alarm evaluation table."""
    if cost_false_alarm < 0 or cost_per_hour < 0 or cost_miss < 0 or incidents_per_month < 0:
        raise ValueError("negative cost or rate")
    for column in ("fa_per_month", "recall", "mean_delay"):
        if column not in table.columns:
            raise ValueError(f"missing column {column}")
    recall = table["recall"].to_numpy(dtype=float)
    delay = np.where(
        recall > 0, recall * cost_per_hour * table["mean_delay"].to_numpy(dtype=float), 0.0
    )
    cost = cost_false_alarm * table["fa_per_month"].to_numpy(dtype=float) + incidents_per_month * (
        delay + (1 - recall) * cost_miss
    )
    return pd.Series(cost, index=table.index)
