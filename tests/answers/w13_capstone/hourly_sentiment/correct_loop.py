# Correct alternative: one pass over the posts, hour index by integer division.
import math

import numpy as np
import pandas as pd


def hourly_sentiment(posts, start, end, threshold=-0.05):
    """Posts, negative posts and the negative share per UTC hour on the grid [start, end)."""
    start, end = pd.Timestamp(start).tz_convert("UTC"), pd.Timestamp(end).tz_convert("UTC")
    n = max(int((end - start) / pd.Timedelta(hours=1)), 0)
    grid = pd.DatetimeIndex([start + pd.Timedelta(hours=k) for k in range(n)])
    total = [0] * n
    negative = [0] * n
    for time, text in zip(posts["time"], posts["text"]):
        k = math.floor((time - start) / pd.Timedelta(hours=1))
        if 0 <= k < n:
            total[k] += 1
            if VADER.polarity_scores(text)["compound"] <= threshold:  # noqa: F821 (set-up cell)
                negative[k] += 1
    share = [neg / tot if tot else np.nan for neg, tot in zip(negative, total)]
    return pd.DataFrame({"posts": total, "negative": negative, "negative_share": share}, index=grid)
