# correct: groupby on the categorical column (observed=True) with a lambda; the index holds the names
def negative_share(tweets, min_confidence=0.0):
    """Share of negative tweets per airline among tweets with confidence >= min_confidence."""
    kept = tweets[tweets["airline_sentiment_confidence"].ge(min_confidence).fillna(False)]
    shares = kept.groupby("airline", observed=True)["airline_sentiment"].apply(
        lambda labels: float((labels == "negative").mean())
    )
    return shares.astype(float)
