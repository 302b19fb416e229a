# correct: counts with observed=True, ties broken alphabetically (the text allows any order among ties)
def top_complaints(tweets, k=3, airline=None):
    """The k most frequent negative reasons (most frequent first), optionally for one airline."""
    rows = tweets if airline is None else tweets[tweets["airline"].astype(str) == airline]
    reasons = rows["negativereason"].dropna()
    counts = reasons.groupby(reasons.astype(str)).size()
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [reason for reason, _ in ranked[:k]]
