# correct: count ids with collections.Counter
from collections import Counter


def duplicated_ids(raw):
    """The set of tweet ids that occur in more than one row."""
    return {tweet_id for tweet_id, count in Counter(raw["tweet_id"]).items() if count > 1}
