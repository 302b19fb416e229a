"""Large set-up values: the data tables tests pass to the student's functions again and again.

The warm server pickles each once; the sandbox keeps the bytes and unpickles a fresh copy for
every call. After each trusted cell that passed one, it is compared with its pristine copy: a
test cell that changed it in place makes the grader grade the submission again without them.
"""

from __future__ import annotations

import pickle
import sys
from dataclasses import dataclass

KEEP_MIN_BYTES = 256 * 1024  # set-up values at least this large go to the sandbox only once


@dataclass(frozen=True)
class KeptValue:
    """A set-up table pickled once by the warm server. The sandbox keeps the bytes and
    unpickles a fresh copy for every call, so what a student's function does to its argument
    never reaches the next call, exactly as when the grader pickles it each time."""

    value: object
    payload: bytes
    key: str
    pristine: object  # unpickled from payload: what the sandbox's copies equal


class SetupValueChanged(Exception):  # noqa: N818 -- a signal: grade again without kept values
    pass


def _is_table(value) -> bool:
    """Types whose exact equality is cheap and ignores caches: a pickle of the same table can
    differ after a read (pandas caches inside it), so kept values are compared, not re-pickled."""
    numpy, pandas = sys.modules.get("numpy"), sys.modules.get("pandas")
    return (numpy is not None and type(value) is numpy.ndarray) or (
        pandas is not None and type(value) in (pandas.DataFrame, pandas.Series)
    )


def _same_index(a, b) -> bool:
    return type(a) is type(b) and a.dtype == b.dtype and a.names == b.names and a.equals(b)


def same_table(a, b) -> bool:
    """a and b hold the same data: values, dtypes, labels, names and attrs (exactly)."""
    if type(a) is not type(b):
        return False
    if not hasattr(a, "attrs"):  # a numpy array
        equal_nan = a.dtype.kind in "fc"
        return (
            a.dtype == b.dtype
            and a.shape == b.shape
            and bool(sys.modules["numpy"].array_equal(a, b, equal_nan=equal_nan))
        )
    if a.attrs != b.attrs or a.flags.allows_duplicate_labels != b.flags.allows_duplicate_labels:
        return False
    if not _same_index(a.index, b.index):
        return False
    if hasattr(a, "columns"):
        if not _same_index(a.columns, b.columns) or list(a.dtypes) != list(b.dtypes):
            return False
    elif a.dtype != b.dtype or a.name != b.name:
        return False
    return bool(a.equals(b))


def kept_setup_values(namespace: dict, names: list[str]) -> dict[int, KeptValue]:
    """id(value) -> KeptValue for the large tables the set-up cells bound to `names`."""
    kept = {}
    for name in names:
        value = namespace.get(name)
        if not _is_table(value):
            continue
        try:
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001, S112 -- not picklable: sent the usual way, if ever
            continue
        if len(payload) >= KEEP_MIN_BYTES:
            pristine = pickle.loads(payload)  # noqa: S301 -- our own bytes, made just above
            if same_table(value, pristine):
                kept[id(value)] = KeptValue(value, payload, f"{name}-{len(payload)}", pristine)
    return kept


def split_kept(
    args: tuple, kwargs: dict, kept: dict[int, KeptValue]
) -> tuple[tuple, dict, list[tuple[int | str, KeptValue]]]:
    """Arguments with every kept set-up value (passed directly) taken out: (args, kwargs,
    [(position or keyword, kept value)]). Values inside containers are pickled as usual."""
    slots: list[tuple[int | str, KeptValue]] = []

    def take(slot, value):
        found = kept.get(id(value))
        if found is not None and found.value is value:
            slots.append((slot, found))
            return None
        return value

    args = tuple(take(i, v) for i, v in enumerate(args))
    kwargs = {k: take(k, v) for k, v in kwargs.items()}
    return args, kwargs, slots
