# wrong: groups the categorical airline with observed=False, so unused airlines and empty (airline, day) pairs appear with 0
def tweets_per_airline_day(tweets, tz="UTC"):
    """Tweets per (airline, local calendar day in `tz`): columns airline, day, n_tweets."""
    day = pd.Categorical(tweets["tweet_created"].dt.tz_convert(tz).dt.strftime("%Y-%m-%d"))
    airline = pd.Categorical(tweets["airline"])
    return (
        pd.DataFrame({"airline": airline, "day": day})
        .groupby(["airline", "day"], observed=False)
        .size()
        .rename("n_tweets")
        .reset_index()
    )
