# wrong: calls the scorer on missing texts too (as the string "nan" / "<NA>").
import pandas as pd


def daily_sentiment(tweets, score, threshold=0.05):
    """Tweets, negative share and positive share per UTC day."""
    cols = ["day", "n_tweets", "n_scored", "negative_share", "positive_share"]
    if len(tweets) == 0:
        return pd.DataFrame(columns=cols)
    day = tweets["created_at"].dt.tz_convert("UTC").dt.strftime("%Y-%m-%d")
    v = pd.Series([score(str(t)) for t in tweets["text"]], index=tweets.index, dtype=float)
    f = pd.DataFrame({"day": day, "v": v})
    g = f.groupby("day")
    out = pd.DataFrame({"n_tweets": g.size(), "n_scored": g["v"].count()})
    scored = out["n_scored"].where(out["n_scored"] > 0)
    out["negative_share"] = g["v"].apply(lambda s: (s <= -threshold).sum()) / scored
    out["positive_share"] = g["v"].apply(lambda s: (s >= threshold).sum()) / scored
    return out.reset_index()[cols]
