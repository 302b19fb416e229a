# Correct alternative: a loop over the rows, a dict of costs, then a Series.
import math

import pandas as pd


def alarm_cost(table, cost_false_alarm, cost_per_hour, cost_miss, incidents_per_month):
    """Expected cost per month of each row (one threshold) of an alarm evaluation table."""
    if min(cost_false_alarm, cost_per_hour, cost_miss, incidents_per_month) < 0:
        raise ValueError("costs must not be negative")
    if not {"fa_per_month", "recall", "mean_delay"} <= set(table.columns):
        raise ValueError("table lacks a needed column")
    values = []
    for _, row in table.iterrows():
        r = float(row["recall"])
        d = float(row["mean_delay"])
        delay_part = 0.0 if r == 0 or math.isnan(d) else r * cost_per_hour * d
        values.append(
            cost_false_alarm * float(row["fa_per_month"])
            + incidents_per_month * (delay_part + (1 - r) * cost_miss)
        )
    return pd.Series(values, index=table.index, dtype=float)
