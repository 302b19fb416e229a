# correct: collections.Counter.most_common on the non-missing reasons
from collections import Counter


def top_complaints(tweets, k=3, airline=None):
    """The k most frequent negative reasons (most frequent first), optionally for one airline."""
    counts = Counter()
    for name, reason in zip(tweets["airline"], tweets["negativereason"]):
        if airline is not None and name != airline:
            continue
        if pd.notna(reason):
            counts[str(reason)] += 1
    return [reason for reason, _ in counts.most_common(k)]
