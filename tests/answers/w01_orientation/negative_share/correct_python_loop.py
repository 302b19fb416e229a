# correct: one pass in plain Python, counting negatives and kept tweets per airline
import math


def negative_share(tweets, min_confidence=0.0):
    """Share of negative tweets per airline among tweets with confidence >= min_confidence."""
    negatives, kept = {}, {}
    for airline, label, confidence in zip(
        tweets["airline"], tweets["airline_sentiment"], tweets["airline_sentiment_confidence"]
    ):
        if confidence is None or confidence is pd.NA or math.isnan(confidence):
            continue
        if confidence >= min_confidence:
            airline = str(airline)
            kept[airline] = kept.get(airline, 0) + 1
            negatives[airline] = negatives.get(airline, 0) + (label == "negative")
    return pd.Series({a: negatives[a] / kept[a] for a in kept}, dtype=float)
