# Wrong: floors each time to the hour in its own timezone (a half-hour offset lands in the wrong UTC hour).
import pandas as pd


def hourly_counts(times, start, end):
    """Posts per UTC hour on the complete grid [start, end)."""
    start, end = pd.Timestamp(start).tz_convert("UTC"), pd.Timestamp(end).tz_convert("UTC")
    grid = pd.date_range(start, end, freq="h", inclusive="left")
    hours = times.dt.floor("h").dt.tz_convert("UTC")
    return hours.value_counts().reindex(grid, fill_value=0).astype("int64")
