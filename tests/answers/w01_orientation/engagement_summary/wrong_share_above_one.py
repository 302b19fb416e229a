# wrong: off by one: share of tweets with more than one retweet (> 1 instead of >= 1)
def engagement_summary(tweets):
    """Per airline: n_tweets, retweets, retweets_per_tweet, share_retweeted."""
    retweets = tweets["retweet_count"].fillna(0).astype("int64")
    airline = tweets["airline"].astype(str)
    summary = pd.DataFrame(
        {
            "n_tweets": retweets.groupby(airline).size(),
            "retweets": retweets.groupby(airline).sum(),
            "share_retweeted": (retweets > 1).groupby(airline).mean(),
        }
    )
    summary["retweets_per_tweet"] = summary["retweets"] / summary["n_tweets"]
    return summary
