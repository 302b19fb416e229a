# wrong: the NaN delay of a rule that detects nothing makes its cost NaN.
def alarm_cost(table, cost_false_alarm, cost_per_hour, cost_miss, incidents_per_month):
    """Expected cost per month of each row (one threshold) of an alarm evaluation table."""
    if min(cost_false_alarm, cost_per_hour, cost_miss, incidents_per_month) < 0:
        raise ValueError("negative cost")
    if not {"fa_per_month", "recall", "mean_delay"} <= set(table.columns):
        raise ValueError("missing column")
    r = table["recall"].astype(float)
    return cost_false_alarm * table["fa_per_month"] + incidents_per_month * (
        r * cost_per_hour * table["mean_delay"] + (1 - r) * cost_miss
    )
