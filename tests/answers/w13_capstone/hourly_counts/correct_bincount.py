# Correct alternative: integer hour offsets from start with numpy, then bincount.
import numpy as np
import pandas as pd


def hourly_counts(times, start, end):
    """Posts per UTC hour on the complete grid [start, end)."""
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    if start.tz is None or end.tz is None or times.dt.tz is None:
        raise ValueError("timezone-aware timestamps are required")
    start, end = start.tz_convert("UTC"), end.tz_convert("UTC")
    n = max(int((end - start) // pd.Timedelta(hours=1)), 0)
    grid = pd.DatetimeIndex([start + k * pd.Timedelta(hours=1) for k in range(n)], tz="UTC")
    offsets = ((times - start) // pd.Timedelta(hours=1)).to_numpy(dtype=np.int64)
    offsets = offsets[(offsets >= 0) & (offsets < n)]
    return pd.Series(np.bincount(offsets, minlength=n).astype(np.int64), index=grid)
