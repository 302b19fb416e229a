"""`load(name)`: find, verify, read, clean and cache one registered data set."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import networkx as nx
import pandas as pd

from . import locate, registry
from .airline_sentiment import load_airline_sentiment
from .errors import DataError

# One reader per data set. Each takes a function mapping a registered file name to its verified
# path, then `raw` and its own keyword options.
READERS: dict[str, Callable[..., Any]] = {
    "twitter_us_airline_sentiment": load_airline_sentiment,
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
