# wrong: value_counts on the categorical column also lists categories that never occur (count 0)
def top_complaints(tweets, k=3, airline=None):
    """The k most frequent negative reasons (most frequent first), optionally for one airline."""
    if airline is not None:
        tweets = tweets[tweets["airline"] == airline]
    counts = tweets["negativereason"].value_counts()
    return [str(reason) for reason in counts.index[:k]]
