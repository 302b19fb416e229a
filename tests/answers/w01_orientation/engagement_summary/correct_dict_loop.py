# correct: a dictionary of running totals, then a DataFrame built from it
def engagement_summary(tweets):
    """Per airline: n_tweets, retweets, retweets_per_tweet, share_retweeted."""
    totals = {}
    for airline, count in zip(tweets["airline"], tweets["retweet_count"]):
        count = 0 if pd.isna(count) else int(count)
        n, total, hits = totals.get(str(airline), (0, 0, 0))
        totals[str(airline)] = (n + 1, total + count, hits + (count >= 1))
    return pd.DataFrame(
        {
            "n_tweets": {a: n for a, (n, _, _) in totals.items()},
            "retweets": {a: t for a, (_, t, _) in totals.items()},
            "retweets_per_tweet": {a: t / n for a, (n, t, _) in totals.items()},
            "share_retweeted": {a: h / n for a, (n, _, h) in totals.items()},
        }
    )
