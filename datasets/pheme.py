"""RumourEval 2017 (PHEME) reply threads: one row per tweet, stance and veracity labels."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .typing_helpers import as_category, parse_ids, to_utc

TIDY = "rumoureval2017_tweets_tidy.csv"
ID_COLUMNS = ["thread_id", "tweet_id", "parent_id", "in_reply_to_status_id", "user_id"]
STANCES = ["support", "deny", "query", "comment"]
VERACITY = ["true", "false", "unverified"]


def load_rumoureval(path_of: Callable[[str], Path], *, raw: bool = False) -> pd.DataFrame:
    """RumourEval 2017 train+dev: 4,519 tweets in 297 threads.

    Cleaned columns: ``event`` category, ``thread_id``, ``tweet_id`` (unique), ``parent_id``,
    ``in_reply_to_status_id``, ``user_id`` Int64; ``is_source`` bool; ``created_at``
    datetime64[UTC]; ``text`` str (HTML entities unescaped); ``retweet_count``,
    ``favorite_count``, ``user_followers_count`` int64; ``user_screen_name`` str;
    ``user_verified`` bool; ``lang`` category; ``stance_sdqc`` category (support, deny, query,
    comment); ``split`` category (train, dev); ``veracity`` category (true, false, unverified;
    source tweets only, <NA> on replies). 341 tweets of the reply trees have no JSON and are absent.
    """
    frame = pd.read_csv(path_of(TIDY), dtype={c: str for c in ID_COLUMNS}, keep_default_na=False)
    for column in ID_COLUMNS:
        frame[column] = parse_ids(frame[column])
    if raw:
        return frame
    frame["created_at"] = to_utc(frame["created_at"], "%a %b %d %H:%M:%S %z %Y")
    frame["text"] = frame["text"].map(html.unescape)
    frame["event"] = as_category(frame["event"])
    frame["lang"] = as_category(frame["lang"])
    frame["split"] = as_category(frame["split"], ["train", "dev"])
    frame["stance_sdqc"] = as_category(frame["stance_sdqc"].replace("", pd.NA), STANCES)
    frame["veracity"] = as_category(frame["veracity"].replace("", pd.NA), VERACITY)
    return frame
