# Correct alternative: resample on a UTC index after adding the window's ends, then trim.
import pandas as pd


def hourly_counts(times, start, end):
    """Posts per UTC hour on the complete grid [start, end)."""
    if (
        getattr(times.dt, "tz", None) is None
        or pd.Timestamp(start).tzinfo is None
        or pd.Timestamp(end).tzinfo is None
    ):
        raise ValueError("timezone-aware timestamps are required")
    start = pd.Timestamp(start).tz_convert("UTC")
    end = pd.Timestamp(end).tz_convert("UTC")
    grid = pd.date_range(start, end, freq="1h", inclusive="left", tz="UTC")
    if len(grid) == 0:
        return pd.Series([], index=grid, dtype="int64")
    utc = pd.DatetimeIndex(times.dt.tz_convert("UTC"))
    utc = utc[(utc >= start) & (utc < end)]
    ones = pd.Series(1, index=utc, dtype="int64")
    counts = ones.resample("h").sum()
    return counts.reindex(grid, fill_value=0).astype("int64")
