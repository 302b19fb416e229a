# Correct alternative: sums and counts per UTC hour of the day with numpy, then indexing.
import numpy as np
import pandas as pd


def hour_of_day_baseline(counts, baseline_end, floor=0.1):
    """Expected count of every hour: the baseline mean of its UTC hour of the day, floored."""
    if floor <= 0:
        raise ValueError("floor must be positive")
    hour = np.asarray(counts.index.tz_convert("UTC").hour)
    mask = np.asarray(counts.index < baseline_end)
    values = counts.to_numpy(dtype=float)
    sums = np.bincount(hour[mask], weights=values[mask], minlength=24)
    seen = np.bincount(hour[mask], minlength=24)
    if (seen == 0).any():
        raise ValueError("an hour of the day has no baseline observation")
    return pd.Series(np.maximum(sums / seen, floor)[hour], index=counts.index)
