# Wrong: counts posts exactly at `end` in the last hour (closed window).
import pandas as pd


def hourly_counts(times, start, end):
    """Posts per UTC hour on the complete grid [start, end)."""
    start, end = pd.Timestamp(start).tz_convert("UTC"), pd.Timestamp(end).tz_convert("UTC")
    grid = pd.date_range(start, end, freq="h", inclusive="left")
    utc = times.dt.tz_convert("UTC")
    utc = utc[(utc >= start) & (utc <= end)]
    hours = utc.dt.floor("h").where(utc < end, end - pd.Timedelta(hours=1))
    return hours.value_counts().reindex(grid, fill_value=0).astype("int64")
