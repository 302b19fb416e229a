# wrong: ignores tz and always takes the UTC calendar date
def tweets_per_airline_day(tweets, tz="UTC"):
    """Tweets per (airline, local calendar day in `tz`): columns airline, day, n_tweets."""
    day = tweets["tweet_created"].dt.strftime("%Y-%m-%d")
    pairs = pd.DataFrame({"airline": tweets["airline"].astype(str), "day": day})
    return pairs.value_counts().rename("n_tweets").reset_index()
