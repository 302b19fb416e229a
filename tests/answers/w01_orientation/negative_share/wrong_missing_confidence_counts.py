# wrong: filters with "not below the threshold", so tweets with a missing confidence are kept
def negative_share(tweets, min_confidence=0.0):
    """Share of negative tweets per airline among tweets with confidence >= min_confidence."""
    kept = tweets[~(tweets["airline_sentiment_confidence"] < min_confidence)]
    is_negative = kept["airline_sentiment"].astype(str) == "negative"
    return is_negative.groupby(kept["airline"].astype(str)).mean()
