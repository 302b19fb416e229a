# wrong: drops tweets with a missing retweet_count instead of counting them as 0
def engagement_summary(tweets):
    """Per airline: n_tweets, retweets, retweets_per_tweet, share_retweeted."""
    tweets = tweets.dropna(subset=["retweet_count"])
    retweets = tweets["retweet_count"].astype("int64")
    airline = tweets["airline"].astype(str)
    summary = pd.DataFrame(
        {
            "n_tweets": retweets.groupby(airline).size(),
            "retweets": retweets.groupby(airline).sum(),
            "share_retweeted": (retweets >= 1).groupby(airline).mean(),
        }
    )
    summary["retweets_per_tweet"] = summary["retweets"] / summary["n_tweets"]
    return summary
