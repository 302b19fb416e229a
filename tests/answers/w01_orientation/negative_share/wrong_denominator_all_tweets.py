# wrong: wrong normalisation: negatives above the threshold divided by all of the airline's tweets
def negative_share(tweets, min_confidence=0.0):
    """Share of negative tweets per airline among tweets with confidence >= min_confidence."""
    kept = tweets["airline_sentiment_confidence"] >= min_confidence
    negative = (tweets["airline_sentiment"].astype(str) == "negative") & kept
    airline = tweets["airline"].astype(str)
    shares = negative.groupby(airline).mean()
    return shares[kept.groupby(airline).any()]
