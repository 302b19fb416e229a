# wrong: looks for repeated rows (all columns equal) instead of repeated ids
def duplicated_ids(raw):
    """The set of tweet ids that occur in more than one row."""
    return set(raw.loc[raw.duplicated(), "tweet_id"])
