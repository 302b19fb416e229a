# wrong: counts missing reasons as a reason of their own (value_counts with dropna=False)
def top_complaints(tweets, k=3, airline=None):
    """The k most frequent negative reasons (most frequent first), optionally for one airline."""
    if airline is not None:
        tweets = tweets[tweets["airline"] == airline]
    counts = tweets["negativereason"].astype(str).value_counts(dropna=False)
    return list(counts.index[:k])
