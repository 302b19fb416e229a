# wrong: local time for UTC: drops the zone and re-labels the UTC wall clock as local time
def tweets_per_airline_day(tweets, tz="UTC"):
    """Tweets per (airline, local calendar day in `tz`): columns airline, day, n_tweets."""
    local = (
        tweets["tweet_created"]
        .dt.tz_localize(None)
        .dt.tz_localize(tz, ambiguous="NaT", nonexistent="shift_forward")
    )
    pairs = pd.DataFrame(
        {"airline": tweets["airline"].astype(str), "day": local.dt.strftime("%Y-%m-%d")}
    )
    return pairs.value_counts().rename("n_tweets").reset_index()
