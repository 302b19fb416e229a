"""Tweets collected around United Express flight 3411 (7-19 April 2017).

NOT a volume series: each search returned one page just before midnight UTC, so 85% of rows are
from 23h UTC. Every table this module returns carries that warning in ``frame.attrs["caveat"]``.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .typing_helpers import as_category, parse_ids, to_utc

TWEETS = "ua3411_tweets_2017-04-07_19.csv"
HOURLY = "hourly_counts_utc.csv"
ID_COLUMNS = [
    "tweet_id",
    "retweeted_status_id",
    "quoted_status_id",
    "in_reply_to_status_id",
    "user_id",
]
TWITTER_TIME = "%a %b %d %H:%M:%S %z %Y"
# The searches about the incident itself; the other 20 queries are generic words
# (CNN, asian, voucher, ...) and mostly return unrelated tweets.
CORE_QUERIES = frozenset(
    {"3411", "UA3411", "flight 3411", "david dao", "oscar munoz", "united airline"}
)
CAVEAT = (
    "NOT a volume series: the collector fetched one page per search just before midnight UTC, "
    "so 85% of tweets are from 23h UTC. Do not read counts over time as public attention."
)


def read_raw(path: Path) -> pd.DataFrame:
    """The file's 27 columns as pandas reads them, ids parsed exactly to Int64."""
    frame = pd.read_csv(path, dtype={c: str for c in ID_COLUMNS}, keep_default_na=False)
    for column in ID_COLUMNS:
        frame[column] = parse_ids(frame[column])
    return frame


def is_core(queries: pd.Series) -> pd.Series:
    """True where at least one of the searches that returned the tweet is about the incident."""
    return queries.str.split("|").map(lambda names: bool(CORE_QUERIES.intersection(names)))


def split_coordinates(coordinates: pd.Series) -> pd.DataFrame:
    """GeoJSON '[lon, lat]' strings to longitude/latitude columns (missing when empty)."""
    pairs = coordinates.map(lambda text: json.loads(text) if text else [None, None])
    return pd.DataFrame(
        {
            "longitude": pd.array([p[0] for p in pairs], dtype="Float64"),
            "latitude": pd.array([p[1] for p in pairs], dtype="Float64"),
        },
        index=coordinates.index,
    )


def clean(frame: pd.DataFrame) -> pd.DataFrame:
    frame["created_at"] = to_utc(frame["created_at"], TWITTER_TIME)
    frame["user_created_at"] = to_utc(frame["user_created_at"], TWITTER_TIME)
    frame["captured_at"] = pd.to_datetime(frame.pop("captured_at_unix"), unit="s", utc=True)
    frame["text"] = frame["text"].map(html.unescape)
    for column in ["retweeted_screen_name", "in_reply_to_screen_name", "user_location"]:
        frame[column] = frame[column].replace("", pd.NA)
    frame["search_result_type"] = as_category(frame["search_result_type"], ["recent", "popular"])
    frame["user_time_zone"] = as_category(frame["user_time_zone"].replace("", pd.NA))
    coords = split_coordinates(frame.pop("coordinates"))
    frame["longitude"], frame["latitude"] = coords["longitude"], coords["latitude"]
    frame["is_core"] = is_core(frame["queries"])
    return frame


def load_ua3411(
    path_of: Callable[[str], Path], *, raw: bool = False, table: str = "tweets"
) -> pd.DataFrame:
    """United 3411 tweets (``table="tweets"``, default) or hourly counts (``"hourly_counts"``).

    Cleaned tweets: 21,699 rows, columns as in the file except: ids (``tweet_id``,
    ``retweeted_status_id``, ``quoted_status_id``, ``in_reply_to_status_id``, ``user_id``)
    Int64; ``created_at``, ``user_created_at`` datetime64[UTC]; ``captured_at`` datetime64[UTC]
    (replaces captured_at_unix); ``text`` with HTML entities unescaped; empty strings <NA>;
    ``search_result_type``, ``user_time_zone`` category; ``longitude``, ``latitude`` Float64
    (replace coordinates); ``is_core`` bool (returned by a search about the incident: 4,802).
    Counts are as at capture (17-21 April), not at posting.

    NOT a volume series (see ``frame.attrs["caveat"]`` and the datasheet).
    """
    if table == "hourly_counts":
        frame = pd.read_csv(path_of(HOURLY))
        if not raw:
            frame["hour_utc"] = pd.to_datetime(frame["hour_utc"], utc=True)
    elif table == "tweets":
        frame = read_raw(path_of(TWEETS))
        if not raw:
            frame = clean(frame)
    else:
        raise ValueError(f"table must be 'tweets' or 'hourly_counts', not {table!r}")
    frame.attrs["caveat"] = CAVEAT
    return frame
