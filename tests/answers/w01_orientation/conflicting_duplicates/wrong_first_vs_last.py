# wrong: compares only the first and last value per id (first/last skip missing values)
def conflicting_duplicates(raw, column):
    """Ids occurring more than once whose rows disagree on `column` (missing == missing)."""
    repeated = raw[raw["tweet_id"].duplicated(keep=False)]
    grouped = repeated.groupby("tweet_id")[column]
    first, last = grouped.first(), grouped.last()
    differ = (first != last) & ~(first.isna() & last.isna())
    return set(differ[differ].index)
