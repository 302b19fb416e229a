# wrong: compares every row with the first with !=, so two missing values count as a disagreement
def conflicting_duplicates(raw, column):
    """Ids occurring more than once whose rows disagree on `column` (missing == missing)."""
    out = set()
    for tweet_id, group in raw.groupby("tweet_id")[column]:
        values = list(group.astype(object))
        if len(values) > 1 and any(v != values[0] or pd.isna(v) for v in values):
            out.add(tweet_id)
    return out
