# wrong: day holds datetime.date objects, not "YYYY-MM-DD" strings as the text asks
def tweets_per_airline_day(tweets, tz="UTC"):
    """Tweets per (airline, local calendar day in `tz`): columns airline, day, n_tweets."""
    day = tweets["tweet_created"].dt.tz_convert(tz).dt.date
    pairs = pd.DataFrame({"airline": tweets["airline"].astype(str), "day": day})
    return pairs.value_counts().rename("n_tweets").reset_index()
