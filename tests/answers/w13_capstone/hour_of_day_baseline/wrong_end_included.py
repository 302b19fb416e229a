# Wrong: the hour starting at baseline_end is part of the baseline.
import numpy as np
import pandas as pd


def hour_of_day_baseline(counts, baseline_end, floor=0.1):
    """Expected count of every hour: the baseline mean of its UTC hour of the day, floored."""
    if not floor > 0:
        raise ValueError("floor must be positive")
    hours = counts.index.tz_convert("UTC").hour
    before = counts.index <= baseline_end
    means = counts[before].groupby(hours[before]).mean()
    if len(means) < 24:
        raise ValueError("every hour of the day needs at least one baseline hour")
    return pd.Series(
        np.maximum(means.reindex(hours).to_numpy(dtype=float), floor), index=counts.index
    )
