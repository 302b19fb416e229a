# Wrong: uses VADER's 'neg' proportion (> 0) instead of the compound score.
import pandas as pd


def hourly_sentiment(posts, start, end, threshold=-0.05):
    """Posts, negative posts and the negative share per UTC hour on the grid [start, end)."""
    start, end = pd.Timestamp(start).tz_convert("UTC"), pd.Timestamp(end).tz_convert("UTC")
    grid = pd.date_range(start, end, freq="h", inclusive="left")
    hour = posts["time"].dt.tz_convert("UTC").dt.floor("h")
    negative = [VADER.polarity_scores(t)["neg"] > 0 for t in posts["text"]]  # noqa: F821
    frame = pd.DataFrame({"hour": hour.to_numpy(), "negative": negative})
    table = frame.groupby("hour")["negative"].agg(["size", "sum"]).reindex(grid, fill_value=0)
    result = pd.DataFrame(
        {"posts": table["size"], "negative": table["sum"].astype(int)}, index=grid
    )
    result["negative_share"] = result["negative"] / result["posts"].where(result["posts"] > 0)
    return result
