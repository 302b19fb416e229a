"""Column conversions shared by the loaders: exact ids, UTC timestamps, label categoricals."""

from __future__ import annotations

import numpy as np
import pandas as pd


def parse_ids(values: pd.Series, *, strip: str = "") -> pd.Series:
    """Parse id strings to nullable Int64 exactly, never through float.

    Tweet and user ids have 18-19 digits; a float64 keeps only ~16, so 570306133677760513 would
    become 570306133677760512. numpy parses the digit strings straight to int64.
    """
    text = values.astype("string").str.strip()
    if strip:
        text = text.str.strip(strip)
    present = text.notna() & (text != "")
    digits = text[present]
    bad = ~digits.str.fullmatch(r"\d{1,19}")
    if bad.any():
        example = digits[bad].iloc[0]
        raise ValueError(f"column {values.name!r} holds a non-integer id, e.g. {example!r}")
    parsed = np.zeros(len(values), dtype=np.int64)
    parsed[present.to_numpy()] = np.asarray(digits.to_numpy(dtype=str), dtype=np.int64)
    return pd.Series(
        pd.arrays.IntegerArray(parsed, ~present.to_numpy()), index=values.index, name=values.name
    )


def to_utc(values: pd.Series, fmt: str) -> pd.Series:
    """Parse timestamps written with an explicit offset to timezone-aware UTC."""
    return pd.to_datetime(values, format=fmt, utc=True)


def as_category(values: pd.Series, categories: list[str] | None = None, ordered=False):
    """Labels as a categorical; pass `categories` to fix their order (and fail on surprises)."""
    if categories is None:
        return values.astype("category")
    unexpected = set(values.dropna().unique()) - set(categories)
    if unexpected:
        raise ValueError(f"column {values.name!r} has unexpected labels {sorted(unexpected)}")
    return pd.Series(
        pd.Categorical(values, categories=categories, ordered=ordered),
        index=values.index,
        name=values.name,
    )
