# correct: groupby nunique with dropna=False counts missing as one value
def conflicting_duplicates(raw, column):
    """Ids occurring more than once whose rows disagree on `column` (missing == missing)."""
    distinct = raw.groupby("tweet_id")[column].nunique(dropna=False)
    return set(distinct[distinct > 1].index)
