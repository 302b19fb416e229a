"""Twitter US Airline Sentiment (CrowdFlower, Feb 2015): raw table and the cleaned one.

Each cleaning step is its own function so that a notebook can show it, and a test checks it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .typing_helpers import as_category, parse_ids, to_utc

FILE = "Tweets.csv"
SENTIMENTS = ["negative", "neutral", "positive"]
PLACEHOLDER_COORD = "[0.0, 0.0]"


def read_raw(path: Path) -> pd.DataFrame:
    """The file as it is: 14,640 rows x 15 columns; only tweet_id is parsed (exactly, to Int64)."""
    frame = pd.read_csv(path, dtype={"tweet_id": str})
    frame["tweet_id"] = parse_ids(frame["tweet_id"])
    return frame


def drop_duplicate_ids(frame: pd.DataFrame) -> pd.DataFrame:
    """Keep one row per tweet_id: the one with the highest airline_sentiment_confidence.

    155 ids occur twice (36 pairs are exact copies; the others disagree on labels or
    confidences). CrowdFlower's confidence measures annotator agreement, so the better-agreed
    judgement is kept; a tie keeps the first row in file order. The result has 14,485 rows, as many
    as the Kaggle SQLite copy. Rows stay in file order.
    """
    order = frame.sort_values("airline_sentiment_confidence", ascending=False, kind="stable")
    kept = order.drop_duplicates("tweet_id", keep="first").sort_index()
    return kept


def undo_substitution_artefact(text: pd.Series) -> pd.Series:
    """Reverse Kaggle's text edit that turned every "cancel" into "Cancelled Flight" and every
    "late" into "Late Flight" ("cancelled" -> "Cancelled Flightled", "later" -> "Late Flightr").

    Every occurrence of the two phrases in the file comes from the edit (no "cancel..." or
    "late..." word survives unedited), so the reverse mapping is exact except for the original
    letter case, which the edit destroyed: the restored stem is written in lower case.
    """
    text = text.str.replace("Cancelled Flight", "cancel", regex=False)
    return text.str.replace("Late Flight", "late", regex=False)


def unescape_html(text: pd.Series) -> pd.Series:
    """Turn HTML entities left by the export ("&amp;", "&gt;", ...) back into characters."""
    return text.map(html.unescape, na_action="ignore").astype(text.dtype)


def split_coordinates(coord: pd.Series) -> pd.DataFrame:
    """'[lat, lon]' strings to two nullable floats; the '[0.0, 0.0]' placeholder is missing."""
    parts = coord.str.extract(r"^\[\s*(?P<latitude>[-\d.]+),\s*(?P<longitude>[-\d.]+)\s*\]$")
    parts = parts.astype("Float64")
    placeholder = coord.eq(PLACEHOLDER_COORD).fillna(False).to_numpy()
    parts.loc[placeholder, :] = pd.NA
    return parts


def clear_reason_confidence_without_reason(frame: pd.DataFrame) -> pd.Series:
    """negativereason_confidence is meaningless unless the tweet is negative: the export has NaN
    for most such rows but 0.0 for some; make them all missing."""
    confidence = frame["negativereason_confidence"].astype("Float64")
    return confidence.mask(frame["airline_sentiment"] != "negative")


def clean(raw: pd.DataFrame) -> pd.DataFrame:
    """All cleaning steps, in order, on a raw table (see load_airline_sentiment)."""
    frame = drop_duplicate_ids(raw).reset_index(drop=True)
    frame["text"] = undo_substitution_artefact(unescape_html(frame["text"]))
    frame["negativereason_confidence"] = clear_reason_confidence_without_reason(frame)
    coords = split_coordinates(frame["tweet_coord"])
    frame.insert(frame.columns.get_loc("tweet_coord"), "latitude", coords["latitude"])
    frame.insert(frame.columns.get_loc("tweet_coord"), "longitude", coords["longitude"])
    frame = frame.drop(columns="tweet_coord")
    frame["tweet_created"] = to_utc(frame["tweet_created"], "%Y-%m-%d %H:%M:%S %z")
    frame["airline_sentiment"] = as_category(frame["airline_sentiment"], SENTIMENTS, ordered=True)
    frame["airline_sentiment_gold"] = as_category(frame["airline_sentiment_gold"], SENTIMENTS)
    for column in ["airline", "negativereason", "negativereason_gold", "user_timezone"]:
        frame[column] = as_category(frame[column])
    frame["retweet_count"] = frame["retweet_count"].astype("Int64")
    return frame


def load_airline_sentiment(path_of: Callable[[str], Path], *, raw: bool = False) -> pd.DataFrame:
    """Twitter US Airline Sentiment, cleaned (default) or as in the file (``raw=True``).

    Cleaned table: 14,485 rows (one per tweet), in file order, columns and dtypes:

    - ``tweet_id`` Int64 (unique, parsed exactly from the digit strings)
    - ``airline_sentiment`` ordered category negative < neutral < positive
    - ``airline_sentiment_confidence`` float64 (annotator agreement, 0.33-1)
    - ``negativereason`` category (missing unless negative)
    - ``negativereason_confidence`` Float64 (missing unless the tweet is negative)
    - ``airline`` category (6 airlines)
    - ``airline_sentiment_gold`` category, ``name`` str (screen name: do not display needlessly)
    - ``negativereason_gold`` category, ``retweet_count`` Int64
    - ``text`` str: HTML entities unescaped, "Cancelled Flight"/"Late Flight" edit reversed
    - ``latitude``, ``longitude`` Float64 (missing when absent or the [0.0, 0.0] placeholder)
    - ``tweet_created`` datetime64[UTC] (the file's -0800 offsets converted)
    - ``tweet_location`` str (free text typed by the user), ``user_timezone`` category

    Raw table: 14,640 rows, the file's 15 columns as pandas reads them (tweet_created and
    tweet_coord stay strings), except tweet_id, parsed exactly to Int64.
    """
    frame = read_raw(path_of(FILE))
    return frame if raw else clean(frame)
