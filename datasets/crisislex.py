"""CrisisLexT26 (information type/source labels) and CrisisLexT6 (on/off-topic) tweets."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pandas as pd

from . import registry
from .typing_helpers import as_category, parse_ids

NAME = "crisislex"
T6_ZIP = "releases/CrisisLexT6-v1.0.zip"
T26_COLUMNS = {
    "Tweet ID": "tweet_id",
    "Tweet Text": "text",
    "Information Source": "information_source",
    "Information Type": "information_type",
    "Informativeness": "informativeness",
}
NOT_LABELED = "Not labeled"  # the annotators gave no label; "Not applicable" is a real label


def _t26_files(suffix: str) -> list[str]:
    files = registry.get(NAME).files
    return sorted(
        f.name for f in files if f.name.startswith("data/CrisisLexT26/") and f.name.endswith(suffix)
    )


def _event_of(file_name: str) -> str:
    return file_name.split("/")[2]


def read_t26(path_of: Callable[[str], Path], *, raw: bool) -> pd.DataFrame:
    frames = []
    for name in _t26_files("-tweets_labeled.csv"):
        frame = pd.read_csv(path_of(name), skipinitialspace=True, dtype={"Tweet ID": str})
        frame.insert(0, "event", _event_of(name))
        frames.append(frame)
    table = pd.concat(frames, ignore_index=True)
    table["Tweet ID"] = parse_ids(table["Tweet ID"])
    if raw:
        return table
    table = table.rename(columns=T26_COLUMNS)
    table["event"] = as_category(table["event"])
    for column in ["information_source", "information_type", "informativeness"]:
        table[column] = as_category(table[column].replace(NOT_LABELED, pd.NA))
    return table


def read_t6(path_of: Callable[[str], Path], *, raw: bool) -> pd.DataFrame:
    frames = []
    with zipfile.ZipFile(path_of(T6_ZIP)) as archive:
        for member in sorted(n for n in archive.namelist() if n.endswith("-ontopic_offtopic.csv")):
            data = io.BytesIO(archive.read(member))
            frame = pd.read_csv(data, skipinitialspace=True, dtype={"tweet id": str})
            frame.insert(0, "event", member.split("/")[1])
            frames.append(frame)
    table = pd.concat(frames, ignore_index=True)
    if raw:
        return table
    table = table.rename(columns={"tweet id": "tweet_id", "tweet": "text"})
    # ids are written with a leading apostrophe ('325208201740029952), an Excel habit
    table["tweet_id"] = parse_ids(table["tweet_id"], strip="'")
    table = table.drop_duplicates(["event", "tweet_id"], keep="first").reset_index(drop=True)
    table["event"] = as_category(table["event"])
    table["label"] = as_category(table["label"], ["on-topic", "off-topic"])
    return table


def _parse_start_day(text: str) -> pd.Timestamp:
    """ISO dates, except one event written day-first ("17/06/2013")."""
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return pd.Timestamp(datetime.strptime(text, fmt))
        except ValueError:
            continue
    raise ValueError(f"unrecognised CrisisLex start_day {text!r}")


def read_events(path_of: Callable[[str], Path], *, raw: bool) -> pd.DataFrame:
    rows = []
    for name in _t26_files("-event_description.json"):
        info = json.loads(path_of(name).read_text(encoding="utf-8"))
        rows.append(
            {
                "event": _event_of(name),
                "name": info["name"],
                "start_day": info["time"]["start_day"],
                "duration_days": info["time"].get("duration"),
                "development": info["time"].get("development"),
                "country": info["location"].get("country"),
                "category": info["categorization"].get("category"),
                "sub_category": info["categorization"].get("sub_category"),
                "type": info["categorization"].get("type"),
                "keyword_collection_size": info["size"].get("kw_collection"),
            }
        )
    table = pd.DataFrame(rows)
    if not raw:
        table["start_day"] = table["start_day"].map(_parse_start_day).astype("datetime64[s]")
        table["keyword_collection_size"] = table["keyword_collection_size"].astype("Int64")
        table["duration_days"] = table["duration_days"].astype("Int64")
    return table


def load_crisislex(
    path_of: Callable[[str], Path], *, raw: bool = False, collection: str = "T26"
) -> pd.DataFrame:
    """CrisisLex tweets; ``collection`` "T26" (default), "T6" or "T26_events".

    T26 cleaned: 27,933 rows; ``event`` category (folder name), ``tweet_id`` Int64, ``text`` str,
    ``information_source``, ``information_type``, ``informativeness`` category with "Not labeled"
    turned into <NA> ("Not applicable" stays a label). No per-tweet timestamps exist.
    T6 cleaned: ``event`` category, ``tweet_id`` Int64 (leading apostrophe stripped), ``text``,
    ``label`` category (on-topic, off-topic); the 4 repeated (event, tweet_id) rows dropped
    (60,078 rows). T26_events: one row per event with ``start_day`` (datetime64, a calendar day;
    Alberta's day-first "17/06/2013" parsed correctly), category, type, country.
    ``raw=True``: the files' own columns (T6 ids keep their apostrophe; T26 ids parsed exactly).
    """
    readers = {"T26": read_t26, "T6": read_t6, "T26_events": read_events}
    if collection not in readers:
        raise ValueError(f"collection must be one of {sorted(readers)}, not {collection!r}")
    return readers[collection](path_of, raw=raw)
