# Correct alternative: a plain dict of lists per UTC hour, then a list comprehension.
import pandas as pd


def hour_of_day_baseline(counts, baseline_end, floor=0.1):
    """Expected count of every hour: the baseline mean of its UTC hour of the day, floored."""
    if not floor > 0:
        raise ValueError("floor must be positive")
    seen = {}
    for t, y in counts.items():
        if t < baseline_end:
            seen.setdefault(t.tz_convert("UTC").hour, []).append(float(y))
    if len(seen) != 24:
        raise ValueError("an hour of the day has no baseline observation")
    mean = {h: sum(v) / len(v) for h, v in seen.items()}
    return pd.Series(
        [max(mean[t.tz_convert("UTC").hour], floor) for t in counts.index],
        index=counts.index,
        dtype=float,
    )
