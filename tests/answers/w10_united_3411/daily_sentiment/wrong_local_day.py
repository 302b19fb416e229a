# wrong: takes the calendar day in the time zone the timestamps are given in, not UTC.
import numpy as np
import pandas as pd


def daily_sentiment(tweets, score, threshold=0.05):
    """Tweets, negative share and positive share per UTC day."""
    cols = ["day", "n_tweets", "n_scored", "negative_share", "positive_share"]
    if len(tweets) == 0:
        return pd.DataFrame(columns=cols)
    day = tweets["created_at"].dt.strftime("%Y-%m-%d")
    v = pd.Series(
        [np.nan if pd.isna(t) else score(t) for t in tweets["text"]],
        index=tweets.index,
        dtype=float,
    )
    f = pd.DataFrame({"day": day, "v": v})
    g = f.groupby("day")
    out = pd.DataFrame({"n_tweets": g.size(), "n_scored": g["v"].count()})
    out["negative_share"] = g["v"].apply(lambda s: (s <= -threshold).sum()) / out["n_scored"].where(
        out["n_scored"] > 0
    )
    out["positive_share"] = g["v"].apply(lambda s: (s >= threshold).sum()) / out["n_scored"].where(
        out["n_scored"] > 0
    )
    return out.reset_index()[cols]
