# Correct: a plain loop filling a dict of counters per UTC day.
import math

import pandas as pd


def daily_sentiment(tweets, score, threshold=0.05):
    """Tweets, negative share and positive share per UTC day."""
    days = {}
    for when, text in zip(tweets["created_at"], tweets["text"]):
        key = pd.Timestamp(when).tz_convert("UTC").strftime("%Y-%m-%d")
        rec = days.setdefault(key, [0, 0, 0, 0])
        rec[0] += 1
        if text is None or text is pd.NA or (isinstance(text, float) and math.isnan(text)):
            continue
        value = score(text)
        if value != value:
            continue
        rec[1] += 1
        rec[2] += value <= -threshold
        rec[3] += value >= threshold
    rows = []
    for key in sorted(days):
        n, k, neg, pos = days[key]
        rows.append([key, n, k, neg / k if k else float("nan"), pos / k if k else float("nan")])
    return pd.DataFrame(
        rows, columns=["day", "n_tweets", "n_scored", "negative_share", "positive_share"]
    )
