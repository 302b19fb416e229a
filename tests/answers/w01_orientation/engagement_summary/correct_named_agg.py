# correct: one groupby with named aggregations on a helper table
def engagement_summary(tweets):
    """Per airline: n_tweets, retweets, retweets_per_tweet, share_retweeted."""
    frame = pd.DataFrame(
        {
            "airline": tweets["airline"].astype(str),
            "r": tweets["retweet_count"].astype("Float64").fillna(0).astype(float),
        }
    )
    frame["hit"] = frame["r"] >= 1
    out = frame.groupby("airline").agg(
        n_tweets=("r", "size"), retweets=("r", "sum"), share_retweeted=("hit", "mean")
    )
    out["retweets_per_tweet"] = out["retweets"] / out["n_tweets"]
    return out
