# Wrong: only the hours that have posts (no complete grid).
import pandas as pd


def hourly_counts(times, start, end):
    """Posts per UTC hour on the complete grid [start, end)."""
    start, end = pd.Timestamp(start).tz_convert("UTC"), pd.Timestamp(end).tz_convert("UTC")
    utc = times.dt.tz_convert("UTC")
    utc = utc[(utc >= start) & (utc < end)]
    return utc.dt.floor("h").value_counts().sort_index().astype("int64")
