# wrong: drop_duplicates keeps one row per id, so every id comes back
def duplicated_ids(raw):
    """The set of tweet ids that occur in more than one row."""
    return set(raw["tweet_id"].drop_duplicates())
