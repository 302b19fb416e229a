# Correct alternative: label every post, then pivot hours x label with a groupby and reindex.
import numpy as np
import pandas as pd


def hourly_sentiment(posts, start, end, threshold=-0.05):
    """Posts, negative posts and the negative share per UTC hour on the grid [start, end)."""
    start, end = pd.Timestamp(start).tz_convert("UTC"), pd.Timestamp(end).tz_convert("UTC")
    grid = pd.date_range(start, end, freq="h", inclusive="left")
    frame = posts[["time", "text"]].copy()
    frame["time"] = frame["time"].dt.tz_convert("UTC")
    frame = frame[(frame["time"] >= start) & (frame["time"] < end)]
    frame["hour"] = frame["time"].dt.floor("h")
    frame["is_negative"] = [
        VADER.polarity_scores(t)["compound"] <= threshold for t in frame["text"]
    ]  # noqa: F821
    posts_per_hour = frame.groupby("hour").size().reindex(grid, fill_value=0)
    negative_per_hour = frame.groupby("hour")["is_negative"].sum().reindex(grid, fill_value=0)
    result = pd.DataFrame(
        {"posts": posts_per_hour.astype(int), "negative": negative_per_hour.astype(int)}
    )
    with np.errstate(invalid="ignore", divide="ignore"):
        result["negative_share"] = np.where(
            result["posts"] > 0, result["negative"] / result["posts"], np.nan
        )
    return result
