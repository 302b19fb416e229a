# wrong: forgets to filter by airline
def top_complaints(tweets, k=3, airline=None):
    """The k most frequent negative reasons (most frequent first), optionally for one airline."""
    counts = tweets["negativereason"].dropna().astype(str).value_counts()
    return list(counts.index[:k])
