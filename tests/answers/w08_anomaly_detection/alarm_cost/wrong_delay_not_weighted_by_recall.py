# wrong: charges the delay for every incident, detected or not (the delay term is not weighted by recall).
import pandas as pd


def alarm_cost(table, cost_false_alarm, cost_per_hour, cost_miss, incidents_per_month):
    """Expected cost per month of each row (one threshold) of an alarm evaluation table."""
    if min(cost_false_alarm, cost_per_hour, cost_miss, incidents_per_month) < 0:
        raise ValueError("negative cost")
    if not {"fa_per_month", "recall", "mean_delay"} <= set(table.columns):
        raise ValueError("missing column")
    r = table["recall"].astype(float)
    delay = (cost_per_hour * table["mean_delay"].astype(float)).fillna(0.0)
    return pd.Series(
        cost_false_alarm * table["fa_per_month"]
        + incidents_per_month * (delay + (1 - r) * cost_miss),
        index=table.index,
        dtype=float,
    )
