# correct: group by the categorical airline column itself (observed=True), as the review's student did
def tweets_per_airline_day(tweets, tz="UTC"):
    """Tweets per (airline, local calendar day in `tz`): columns airline, day, n_tweets."""
    day = tweets["tweet_created"].dt.tz_convert(tz).dt.strftime("%Y-%m-%d").rename("day")
    return (
        tweets.groupby([tweets["airline"], day], observed=True)
        .size()
        .rename("n_tweets")
        .reset_index()
    )
