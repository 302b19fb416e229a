"""`load(name)`: find, verify, read, clean and cache one registered data set."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import networkx as nx
import pandas as pd

from . import locate, registry
from .airline_sentiment import load_airline_sentiment
from .cascades import load_propagation_trees
from .crisislex import load_crisislex
from .errors import DataError
from .lexicons import load_lexicon
from .networks import load_icwsm, load_polblogs
from .pheme import load_rumoureval
from .prices import load_samsung, load_sp500, load_stocks
from .recalls import load_recalls
from .ua3411 import load_ua3411

# One reader per data set. Each takes a function mapping a registered file name to its verified
# path, then `raw` and its own keyword options.
READERS: dict[str, Callable[..., Any]] = {
    "twitter_us_airline_sentiment": load_airline_sentiment,
    "united_flight3411_tweets_2017": load_ua3411,
    "pheme_rumoureval2017": load_rumoureval,
    "crisislex": load_crisislex,
    "sentiment_lexicons": load_lexicon,
    "stocks_yahoo_bluefin": load_stocks,
    "sp500_index_yahoo": load_sp500,
    "samsung_005930KS": load_samsung,
    "polblogs": load_polblogs,
    "icwsm_polarization_twitter2010": load_icwsm,
    "twitter15_16_propagation_trees": load_propagation_trees,
    "us_food_recalls_2024_2025": load_recalls,
}

_cache: dict[tuple, Any] = {}


def clear_cache() -> None:
    """Forget every loaded table (the next load reads the files again)."""
    _cache.clear()


def options_of(name: str) -> dict[str, Any]:
    """The keyword options a data set accepts, with their defaults."""
    reader = READERS[registry.get(name).name]
    params = inspect.signature(reader).parameters
    return {
        key: p.default
        for key, p in params.items()
        if p.kind is inspect.Parameter.KEYWORD_ONLY and key != "raw"
    }


def _safe_copy(value: Any) -> Any:
    """A copy the caller may modify without touching the cached object."""
    if isinstance(value, pd.DataFrame | pd.Series):
        return value.copy(deep=True)
    if isinstance(value, nx.Graph):
        return value.copy()
    if isinstance(value, dict):
        return {key: _safe_copy(item) for key, item in value.items()}
    if isinstance(value, set | list):
        return type(value)(value)
    return value


def load(name: str, *, raw: bool = False, **options: Any) -> Any:
    """Load a registered data set by name (see ``smcm-data list``).

    Returns a pandas DataFrame (or a networkx graph for a network). ``raw=True`` returns the table
    as in the file, so a notebook can show the cleaning; the default is cleaned. Data set-specific
    options (e.g. ``ticker="UAL"``) are listed by ``smcm-data info NAME`` and in the reader's
    docstring. Files are verified against their registered sha256 before they are read; nothing is
    downloaded. A second call with the same arguments returns a copy of the first result.
    """
    dataset = registry.get(name)
    if name not in READERS:
        raise DataError(f"data set {name!r} is registered but has no reader")
    accepted = options_of(name)
    unknown = set(options) - set(accepted)
    if unknown:
        listed = ", ".join(f"{k}={v!r}" for k, v in accepted.items()) or "none"
        raise TypeError(
            f"load({name!r}) got unknown option(s) {sorted(unknown)}; options: {listed}"
        )
    key = (name, raw, tuple(sorted(options.items())), tuple(locate.search_folders()))
    if key not in _cache:

        def path_of(file_name: str):
            return locate.locate(dataset, file_name)

        _cache[key] = READERS[name](path_of, raw=raw, **options)
    return _safe_copy(_cache[key])
