# Wrong: an hour is (t - 1 h, t] (ceil then minus one hour), so a post exactly on the hour lands in the previous hour.
import pandas as pd


def hourly_sentiment(posts, start, end, threshold=-0.05):
    """Posts, negative posts and the negative share per UTC hour on the grid [start, end)."""
    grid = pd.date_range(
        pd.Timestamp(start).tz_convert("UTC"),
        pd.Timestamp(end).tz_convert("UTC"),
        freq="h",
        inclusive="left",
    )
    hour = posts["time"].dt.tz_convert("UTC").dt.ceil("h") - pd.Timedelta(hours=1)
    negative = [VADER.polarity_scores(t)["compound"] <= threshold for t in posts["text"]]  # noqa: F821
    frame = pd.DataFrame({"hour": hour.to_numpy(), "negative": negative})
    table = frame.groupby("hour")["negative"].agg(["size", "sum"]).reindex(grid, fill_value=0)
    result = pd.DataFrame(
        {"posts": table["size"], "negative": table["sum"].astype(int)}, index=grid
    )
    result["negative_share"] = result["negative"] / result["posts"].where(result["posts"] > 0)
    return result
