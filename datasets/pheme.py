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

    Thread structure, derived from ``parent_id`` (the threads' structure.json): ``depth`` Int64
    (0 for the source, 1 for a direct reply to it, ...; <NA> if the chain of parents leaves the
    table, which never happens in this release); ``parent_stance`` category (the stance label of
    the tweet replied to; <NA> on sources and when the parent is absent); ``thread_veracity``
    category (the veracity label of the thread's source, repeated on every tweet of the thread).
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
    return add_thread_structure(frame)


def reply_depths(tweet_ids: pd.Series, parent_ids: pd.Series) -> pd.Series:
    """Number of reply edges from each tweet up to a tweet without a parent (its source).

    A tweet whose chain of parents reaches an id that is not in ``tweet_ids`` (a deleted tweet)
    or runs in a cycle gets <NA>. Returned in the order of ``tweet_ids``, as Int64.
    """
    parent_of = {
        tweet: (None if pd.isna(parent) else parent)
        for tweet, parent in zip(tweet_ids, parent_ids, strict=True)
    }
    depth: dict = {}
    for start in parent_of:
        chain, on_chain, node = [], set(), start
        while True:
            if node in depth:
                base = depth[node]
                break
            if node not in parent_of or node in on_chain:  # deleted ancestor, or a cycle
                base = None
                break
            if parent_of[node] is None:  # a source
                depth[node] = base = 0
                break
            chain.append(node)
            on_chain.add(node)
            node = parent_of[node]
        for offset, seen in enumerate(reversed(chain), start=1):
            depth[seen] = None if base is None else base + offset
    values = [depth[tweet] for tweet in tweet_ids]
    return pd.Series(pd.array(values, dtype="Int64"), index=tweet_ids.index, name="depth")


def add_thread_structure(frame: pd.DataFrame) -> pd.DataFrame:
    """Add ``depth``, ``parent_stance`` and ``thread_veracity`` (see load_rumoureval)."""
    frame["depth"] = reply_depths(frame["tweet_id"], frame["parent_id"])
    stance_of = pd.Series(frame["stance_sdqc"].to_numpy(), index=frame["tweet_id"].to_numpy())
    parent_stance = frame["parent_id"].map(stance_of)
    frame["parent_stance"] = as_category(parent_stance.astype(object), STANCES)
    sources = frame[frame["is_source"]]
    veracity_of = pd.Series(sources["veracity"].to_numpy(), index=sources["thread_id"].to_numpy())
    thread_veracity = frame["thread_id"].map(veracity_of)
    frame["thread_veracity"] = as_category(thread_veracity.astype(object), VERACITY)
    return frame
