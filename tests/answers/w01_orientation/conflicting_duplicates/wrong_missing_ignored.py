# wrong: nunique() drops missing values, so a missing value never disagrees with a present one
def conflicting_duplicates(raw, column):
    """Ids occurring more than once whose rows disagree on `column` (missing == missing)."""
    repeated = raw[raw["tweet_id"].duplicated(keep=False)]
    distinct = repeated.groupby("tweet_id")[column].nunique()
    return set(distinct[distinct > 1].index)
