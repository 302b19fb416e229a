# Correct: score into a Series, then group by the UTC date with mean of boolean indicators.
import numpy as np
import pandas as pd


def daily_sentiment(tweets, score, threshold=0.05):
    """Tweets, negative share and positive share per UTC day."""
    cols = ["day", "n_tweets", "n_scored", "negative_share", "positive_share"]
    if tweets.empty:
        return pd.DataFrame({c: [] for c in cols})
    utc = tweets["created_at"].dt.tz_convert("UTC")
    day = utc.dt.date.astype(str)
    vals = pd.Series(
        [np.nan if pd.isna(t) else score(t) for t in tweets["text"]],
        index=tweets.index,
        dtype=float,
    )
    frame = pd.DataFrame({"day": day, "v": vals})
    scored = frame.dropna(subset=["v"])
    neg = (scored["v"] <= -threshold).groupby(scored["day"]).mean()
    pos = (scored["v"] >= threshold).groupby(scored["day"]).mean()
    out = pd.DataFrame({"n_tweets": frame.groupby("day").size()})
    out["n_scored"] = scored.groupby("day").size().reindex(out.index, fill_value=0)
    out["negative_share"] = neg.reindex(out.index)
    out["positive_share"] = pos.reindex(out.index)
    return out.sort_index().rename_axis("day").reset_index()[cols]
