"""Comparisons for test cells, worded for students.

Each helper accepts every correct alternative (row order, tie order, float noise within a
stated tolerance, dict vs Series) and, when the answer is wrong, says *what* is wrong without
printing the expected value.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping

import numpy as np
import pandas as pd

DEFAULT_RTOL = 1e-6
DEFAULT_ATOL = 1e-9


class CheckFailed(AssertionError):
    """A test found a wrong answer; the message is meant for the student."""


def _fail(message: str) -> None:
    raise CheckFailed(message)


def _as_float(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        _fail(f"{what} should be a number, but it is a {type(value).__name__}")
    return float(value)


def assert_close(got, expected, *, rtol=DEFAULT_RTOL, atol=DEFAULT_ATOL, what="the result"):
    """A number (or array of numbers) equal to the expected one within the tolerance."""
    if np.ndim(expected) == 0:
        value = _as_float(got, what)
        if math.isnan(float(expected)):
            if not math.isnan(value):
                _fail(f"{what} should be missing (NaN) here")
            return
        if not math.isclose(value, float(expected), rel_tol=rtol, abs_tol=atol):
            direction = "too large" if value > float(expected) else "too small"
            _fail(f"{what} is {direction} (tolerance: relative {rtol:g}, absolute {atol:g})")
        return
    got_arr = np.asarray(got, dtype=float)
    exp_arr = np.asarray(expected, dtype=float)
    if got_arr.shape != exp_arr.shape:
        _fail(f"{what} has shape {got_arr.shape}, expected shape {exp_arr.shape}")
    bad = ~np.isclose(got_arr, exp_arr, rtol=rtol, atol=atol, equal_nan=True)
    if bad.any():
        _fail(f"{what}: {int(bad.sum())} of {bad.size} values are wrong")


def assert_equal(got, expected, *, what="the result"):
    """Exactly equal (for counts, labels, ids)."""
    if isinstance(expected, (int, np.integer)) and not isinstance(expected, bool):
        if isinstance(got, bool) or not isinstance(got, (int, np.integer)):
            _fail(f"{what} should be a whole number, but it is a {type(got).__name__}")
        if int(got) != int(expected):
            direction = "too large" if int(got) > int(expected) else "too small"
            _fail(f"{what} is {direction}")
        return
    if type(got) is not type(expected) and not (isinstance(expected, str) and isinstance(got, str)):
        _fail(f"{what} should be a {type(expected).__name__}, not a {type(got).__name__}")
    if got != expected:
        _fail(f"{what} is not the expected value")


def assert_mapping_close(
    got, expected: Mapping, *, rtol=DEFAULT_RTOL, atol=DEFAULT_ATOL, what="the result"
):
    """A dict (or Series) with the same keys as expected and values within the tolerance."""
    if isinstance(got, pd.Series):
        got = got.to_dict()
    if not isinstance(got, Mapping):
        _fail(f"{what} should be a dict keyed by node/label, not a {type(got).__name__}")
    missing = set(expected) - set(got)
    extra = set(got) - set(expected)
    if missing:
        _fail(f"{what} is missing {len(missing)} key(s), e.g. {_sample(missing)!r}")
    if extra:
        _fail(f"{what} has {len(extra)} unexpected key(s), e.g. {_sample(extra)!r}")
    keys = list(expected)
    got_arr = np.array([_as_float(got[k], f"{what}[{k!r}]") for k in keys])
    exp_arr = np.array([float(expected[k]) for k in keys])
    bad = ~np.isclose(got_arr, exp_arr, rtol=rtol, atol=atol, equal_nan=True)
    if bad.any():
        first = keys[int(np.argmax(bad))]
        _fail(f"{what}: {int(bad.sum())} of {len(keys)} values are wrong, e.g. for {first!r}")


def _sample(items: Iterable) -> Hashable:
    return sorted(items, key=repr)[0]


def assert_frame_equivalent(
    got,
    expected: pd.DataFrame | pd.Series,
    *,
    check_row_order: bool = False,
    check_index: bool = True,
    rtol=DEFAULT_RTOL,
    atol=DEFAULT_ATOL,
    what="the table",
):
    """Same columns, same rows (in any order unless check_row_order), values within tolerance.

    Dtypes need not match: values are compared as values (int64 vs Int64 vs float holding
    whole numbers, categorical vs str vs `string` are all fine). When values only differ in
    their type (the label 1 vs "1"), the message says so.
    """
    kind = type(expected).__name__
    if not isinstance(got, type(expected)):
        _fail(f"{what} should be a pandas {kind}, not a {type(got).__name__}")
    if isinstance(expected, pd.DataFrame):
        if set(got.columns) != set(expected.columns):
            missing = set(expected.columns) - set(got.columns)
            extra = set(got.columns) - set(expected.columns)
            _fail(
                f"{what} has the wrong columns"
                + (f"; missing {sorted(map(str, missing))}" if missing else "")
                + (f"; unexpected {sorted(map(str, extra))}" if extra else "")
            )
        got = got[list(expected.columns)]
    if len(got) != len(expected):
        _fail(f"{what} has {len(got)} rows; it should have {len(expected)}")
    if check_index:
        if check_row_order:
            same_index = list(got.index) == list(expected.index)
        else:
            same_index = sorted(map(repr, got.index)) == sorted(map(repr, expected.index))
        if not same_index:
            _fail(f"{what} has the wrong row labels (index)" + ("" if check_row_order else ""))
        if not check_row_order:
            if not got.index.is_unique:
                _fail(f"{what} has repeated row labels (index)")
            got = got.loc[expected.index]
    elif not check_row_order:
        got = _sort_rows(got)
        expected = _sort_rows(expected)
    _compare_values(got, expected, rtol, atol, what)


def _plain(column: pd.Series) -> pd.Series:
    """The values of a column as they are, whatever pandas stores them in: a categorical or
    a `string`-dtype column becomes the plain values it holds."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.astype(object).infer_objects()
    if isinstance(column.dtype, pd.StringDtype):
        return column.astype(object)
    return column


def _is_number(column: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column)


def _missing(value) -> bool:
    return (
        value is None
        or value is pd.NA
        or value is pd.NaT
        or (isinstance(value, (float, np.floating)) and math.isnan(value))
    )


def _value_key(value) -> str:
    """A sort key that depends on the value only: equal values get equal keys whatever their
    container (str vs numpy str, int vs float holding a whole number), unorderable mixes of
    types still sort, and missing values go last."""
    if _missing(value):
        return "~"
    if isinstance(value, (bool, np.bool_)):
        return f"b:{bool(value)}"
    if isinstance(value, (int, float, np.integer, np.floating)):
        return f"n:{float(value)!r}"
    if isinstance(value, str):
        return f"s:{str(value)}"
    return f"o:{type(value).__name__}:{value!r}"


def _sort_rows(frame):
    """Rows in a canonical order of their *values* (a categorical column sorts by value, not
    by category order), so that two frames holding the same rows line up."""
    frame = frame.to_frame() if isinstance(frame, pd.Series) else frame
    frame = frame.reset_index(drop=True)  # row labels may repeat: sort by position
    keys = pd.DataFrame(index=frame.index)
    for position in range(frame.shape[1]):
        column = _plain(frame.iloc[:, position])
        if _is_number(column):
            keys[position] = column.astype("float64")
        else:
            keys[position] = column.map(_value_key).astype(object)
    order = keys.sort_values(list(keys.columns), kind="mergesort", na_position="last").index
    return frame.iloc[list(order)].reset_index(drop=True)


def _type_names(values) -> str:
    names = sorted({type(v).__name__ for v in values if not _missing(v)})
    return "/".join(names) or "missing"


def _compare_values(got, expected, rtol, atol, what):
    got_frame = got.to_frame() if isinstance(got, pd.Series) else got
    exp_frame = expected.to_frame() if isinstance(expected, pd.Series) else expected
    for position, e_col in enumerate(exp_frame.columns):
        g, e = _plain(got_frame.iloc[:, position]), _plain(exp_frame.iloc[:, position])
        label = f"column {e_col!r}" if isinstance(expected, pd.DataFrame) else "the Series"
        g_vals, e_vals = g.astype(object).to_numpy(), e.astype(object).to_numpy()
        if _is_number(e):
            if not _is_number(g):
                _fail(
                    f"{what}: {label} should hold numbers ({_type_names(e_vals)}), but it holds "
                    f"{_type_names(g_vals)} values: the type of value is wrong (dtype {g.dtype})"
                )
            g_arr = g.astype("float64").to_numpy()
            e_arr = e.astype("float64").to_numpy()
            bad = ~np.isclose(g_arr, e_arr, rtol=rtol, atol=atol, equal_nan=True)
        else:
            bad = np.array(
                [not (_same(a, b)) for a, b in zip(g_vals, e_vals, strict=True)], dtype=bool
            )
        if bad.any():
            same_text = all(
                _missing(a) == _missing(b) and (_missing(a) or str(a) == str(b))
                for a, b in zip(g_vals[bad], e_vals[bad], strict=True)
            )
            if same_text:
                _fail(
                    f"{what}: {label} holds {_type_names(g_vals[bad])} values where "
                    f"{_type_names(e_vals[bad])} values are expected: they read the same, "
                    "but their type differs (keep the type of value the input has)"
                )
            _fail(f"{what}: {int(bad.sum())} of {len(bad)} values in {label} are wrong")


def _same(a, b) -> bool:
    a_missing, b_missing = _missing(a), _missing(b)
    if a_missing or b_missing:
        return a_missing and b_missing
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False


def assert_top_k(got, scores: Mapping, k: int, *, tol=1e-9, what="the ranking"):
    """`got` lists k distinct keys in decreasing score; any order among tied scores is fine."""
    if isinstance(got, (pd.Series, pd.Index, np.ndarray, tuple)):
        got = list(got)
    if not isinstance(got, list):
        _fail(f"{what} should be a list, not a {type(got).__name__}")
    k = min(k, len(scores))
    if len(got) != k:
        _fail(f"{what} should list {k} items, not {len(got)}")
    if len(set(got)) != len(got):
        _fail(f"{what} lists the same item twice")
    unknown = [x for x in got if x not in scores]
    if unknown:
        _fail(f"{what} contains {unknown[0]!r}, which is not one of the candidates")
    got_scores = [float(scores[x]) for x in got]
    if any(b > a + tol for a, b in zip(got_scores, got_scores[1:], strict=False)):
        _fail(f"{what} is not in decreasing order of score")
    best = sorted((float(v) for v in scores.values()), reverse=True)[:k]
    if any(abs(a - b) > tol for a, b in zip(got_scores, best, strict=True)):
        _fail(f"{what} leaves out an item that scores higher than one it includes")


def assert_same_partition(got, expected: Iterable[Iterable], *, what="the partition"):
    """Same groups, in any order, each group in any order (lists, sets or frozensets)."""
    try:
        got_groups = {frozenset(g) for g in got}
    except TypeError:
        _fail(f"{what} should be a list of groups (sets or lists of nodes)")
    exp_groups = {frozenset(g) for g in expected}
    got_nodes = [n for g in got for n in g]
    if len(got_nodes) != len(set(got_nodes)):
        _fail(f"{what}: a node appears in more than one group")
    if set(got_nodes) != set().union(*exp_groups):
        _fail(f"{what} does not cover exactly the nodes of the graph")
    if got_groups != exp_groups:
        _fail(f"{what} has {len(got_groups)} groups; they do not match the expected grouping")
