# Wrong: silently treats timestamps without a timezone as UTC instead of raising ValueError.
import pandas as pd


def hourly_counts(times, start, end):
    """Posts per UTC hour on the complete grid [start, end)."""
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    start = start.tz_localize("UTC") if start.tzinfo is None else start.tz_convert("UTC")
    end = end.tz_localize("UTC") if end.tzinfo is None else end.tz_convert("UTC")
    if times.dt.tz is None:
        times = times.dt.tz_localize("UTC")
    grid = pd.date_range(start, end, freq="h", inclusive="left")
    utc = times.dt.tz_convert("UTC")
    utc = utc[(utc >= start) & (utc < end)]
    return utc.dt.floor("h").value_counts().reindex(grid, fill_value=0).astype("int64")
