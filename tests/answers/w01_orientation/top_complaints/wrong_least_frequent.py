# wrong: sorts the counts ascending, so the least frequent reasons come first
def top_complaints(tweets, k=3, airline=None):
    """The k most frequent negative reasons (most frequent first), optionally for one airline."""
    if airline is not None:
        tweets = tweets[tweets["airline"] == airline]
    counts = tweets["negativereason"].dropna().astype(str).value_counts().sort_values()
    return list(counts.index[:k])
