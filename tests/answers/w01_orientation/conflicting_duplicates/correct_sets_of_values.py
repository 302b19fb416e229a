# correct: collect each id's set of values (missing as one marker) and keep ids with two or more
def conflicting_duplicates(raw, column):
    """Ids occurring more than once whose rows disagree on `column` (missing == missing)."""
    values, rows = {}, {}
    for tweet_id, value in zip(raw["tweet_id"], raw[column]):
        rows[tweet_id] = rows.get(tweet_id, 0) + 1
        values.setdefault(tweet_id, set()).add(None if pd.isna(value) else value)
    return {i for i, seen in values.items() if rows[i] > 1 and len(seen) > 1}
