# correct: a plain Python Counter over (airline, local date) pairs
from collections import Counter


def tweets_per_airline_day(tweets, tz="UTC"):
    """Tweets per (airline, local calendar day in `tz`): columns airline, day, n_tweets."""
    counts = Counter()
    for airline, stamp in zip(tweets["airline"], tweets["tweet_created"]):
        counts[str(airline), stamp.tz_convert(tz).strftime("%Y-%m-%d")] += 1
    rows = [(a, d, n) for (a, d), n in counts.items()]
    return pd.DataFrame(rows, columns=["airline", "day", "n_tweets"])
