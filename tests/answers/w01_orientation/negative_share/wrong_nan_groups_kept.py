# wrong: divides per-airline sums over all airlines, so an airline with no tweet above the threshold stays as NaN
def negative_share(tweets, min_confidence=0.0):
    """Share of negative tweets per airline among tweets with confidence >= min_confidence."""
    kept = tweets["airline_sentiment_confidence"] >= min_confidence
    negative = (tweets["airline_sentiment"].astype(str) == "negative") & kept
    airline = tweets["airline"].astype(str)
    return negative.groupby(airline).sum() / kept.groupby(airline).sum()
