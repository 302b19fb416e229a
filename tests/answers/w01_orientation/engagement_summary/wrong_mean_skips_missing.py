# wrong: takes the mean of retweet_count, which skips missing counts instead of treating them as 0
def engagement_summary(tweets):
    """Per airline: n_tweets, retweets, retweets_per_tweet, share_retweeted."""
    airline = tweets["airline"].astype(str)
    retweets = tweets["retweet_count"]
    return pd.DataFrame(
        {
            "n_tweets": retweets.groupby(airline).size(),
            "retweets": retweets.groupby(airline).sum(),
            "retweets_per_tweet": retweets.groupby(airline).mean(),
            "share_retweeted": (retweets.fillna(0) >= 1).groupby(airline).mean(),
        }
    )
