# correct: value_counts, then the ids seen at least twice
def duplicated_ids(raw):
    """The set of tweet ids that occur in more than one row."""
    counts = raw["tweet_id"].value_counts()
    return set(counts[counts >= 2].index)
