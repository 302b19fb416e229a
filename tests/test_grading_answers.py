"""What comes back from the sandbox, on the grader's side (issue 12, items 4, 5 and 6).

Answers are bounded while they are read (size, item count, time charged to the call, memory);
pandas Sparse columns arrive exactly; and feedback text comes only from the course: strings the
student's code returned, quoted values and names sent by the sandbox never reach a message.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time

import numpy as np
import pandas as pd
import pytest

from autograder.checks import assert_mapping_close, assert_top_k
from autograder.grading import safe_codec, verdicts
from autograder.grading.feedback import render_feedback
from autograder.grading.plan import SourceCell
from autograder.grading.scores import CellScore, SubmissionScores
from autograder.grading.verdicts import course_text, failure_message, student_strings


def round_trip(value, deadline=None):
    header, buffers = safe_codec.unpack(safe_codec.pack(*safe_codec.encode(value)))
    return safe_codec.decode(header["value"], buffers, deadline)


# --- item 6: sparse columns --------------------------------------------------------------------


def test_sparse_columns_arrive_exactly():
    series = pd.Series(pd.arrays.SparseArray([0, 0, 3, 0, 5], fill_value=0), name="counts")
    frame = pd.DataFrame(
        {"weight": pd.arrays.SparseArray([np.nan, 1.5, np.nan, 2.0]), "n": [1, 2, 3, 4]},
        index=list("abcd"),
    )
    got = round_trip(series)
    assert isinstance(got.dtype, pd.SparseDtype) and got.dtype == series.dtype
    pd.testing.assert_series_equal(got, series, check_exact=True)
    pd.testing.assert_frame_equal(round_trip(frame), frame, check_exact=True)
    empty = pd.Series(pd.arrays.SparseArray([], dtype=pd.SparseDtype("float64", np.nan)))
    pd.testing.assert_series_equal(round_trip(empty), empty)


@pytest.mark.parametrize(
    "column",
    [
        {"kind": "sparse", "length": 3, "fill": 0, "values": None, "indices": None},
        {"kind": "sparse", "length": 2, "fill": "x", "values": None, "indices": None},
    ],
)
def test_sparse_columns_that_lie_are_refused(column):
    values = {"t": "ndarray", "dtype": "<i8", "shape": [2], "buf": 0}
    indices = {"t": "ndarray", "dtype": "<i8", "shape": [2], "buf": 1}
    column = dict(column, values=values, indices=indices)
    header = {"value": {"t": "series", "data": column, "name": None,
                        "index": {"t": "rangeindex", "v": [0, 3, 1], "name": None}}}  # fmt: skip
    # indices [5, 1]: out of range and not increasing
    buffers = [np.array([1, 2]).tobytes(), np.array([5, 1]).tobytes()]
    decoded, views = safe_codec.unpack(safe_codec.pack(header, buffers))
    with pytest.raises(safe_codec.UnreadableResult):
        safe_codec.decode(decoded["value"], views)


# --- item 4: bounded decoding --------------------------------------------------------------------

DECODE_120MB = """
import resource, sys, time, json
import numpy as np
from autograder.grading import safe_codec
# 120 MB of answer: 60 MB of floats (a raw buffer) and ~60 MB of strings (JSON).
value = {"floats": np.arange(60 * 2**20 // 8, dtype=float),
         "labels": ["tweet-%07d" % i for i in range(4_400_000)]}
message = safe_codec.pack(*safe_codec.encode(value))
del value
size = len(message)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
started = time.monotonic()
header, buffers = safe_codec.unpack(bytearray(message))
del message
got = safe_codec.decode(header["value"], buffers, time.monotonic() + 120)
seconds = time.monotonic() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"size": size, "peak": peak, "before": before, "seconds": seconds,
                  "n": len(got["labels"]), "sum": float(got["floats"][:10].sum())}))
"""


def test_a_120_mb_answer_decodes_within_a_bounded_memory():
    """Before: 3.6 GB peak for a 120 MB answer (copies, header parsed unchecked)."""
    done = subprocess.run([sys.executable, "-c", DECODE_120MB], capture_output=True,
                          text=True, timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    import json

    out = json.loads(done.stdout)
    assert out["size"] > 120 * 10**6 and out["n"] == 4_400_000 and out["sum"] == 45.0
    # What decoding added over the encoded message: below 10x the message's size.
    assert out["peak"] - out["before"] < 10 * out["size"], out
    assert out["seconds"] < 60, out


def test_an_11_mb_pathological_answer_fails_the_call_in_time():
    """Integers whose hashes all collide, as a set: each insertion compares with every earlier
    one. Before: 424 s of the grader's time, then the whole submission failed."""
    modulus = sys.hash_info.modulus
    colliding = [k * modulus for k in range(1, 400_001)]  # ~11 MB of JSON, all hash 0
    encoded = {"t": "set", "v": [{"t": "int", "v": str(x)} for x in colliding]}
    message = safe_codec.pack({"value": encoded}, [])
    assert len(message) > 10 * 10**6
    header, buffers = safe_codec.unpack(message)
    started = time.monotonic()
    with pytest.raises(safe_codec.UnreadableResult, match="too long to read"):
        safe_codec.decode(header["value"], buffers, time.monotonic() + 2.0)
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(
    "message",
    [
        b"\xff\xff\xff\xff{}",  # a header length beyond the message
        (10).to_bytes(4, "big") + b"[" * 10,  # nested past any sense
    ],
)
def test_malformed_headers_are_refused_before_parsing(message):
    with pytest.raises(safe_codec.UnreadableResult):
        safe_codec.unpack(message)


def test_too_many_header_items_are_refused_before_parsing(monkeypatch):
    monkeypatch.setattr(safe_codec, "MAX_HEADER_ITEMS", 1000)
    message = safe_codec.pack(*safe_codec.encode(list(range(5000))))
    with pytest.raises(safe_codec.UnreadableResult, match="too many items"):
        safe_codec.unpack(message)


def test_the_trusted_child_has_a_memory_limit():
    code = """
from autograder.grading.sandbox import Limits, limit_trusted_memory
soft = limit_trusted_memory(Limits(memory_limit_mb=64))
try:
    bytearray(soft)
    print("allocated")
except MemoryError:
    print("limited")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.stdout.strip() == "limited", done.stderr[-2000:]
    assert resource.getrlimit(resource.RLIMIT_AS)[0] == resource.RLIM_INFINITY  # not here


def test_out_of_memory_while_decoding_is_an_unreadable_answer(monkeypatch):
    def exhausted(self, enc, depth):
        raise MemoryError

    monkeypatch.setattr(safe_codec._Decoder, "value", exhausted)
    with pytest.raises(safe_codec.UnreadableResult, match="memory"):
        safe_codec.decode([1, 2], [])


# --- item 5: feedback text comes only from the course ---------------------------------------

SECRET = "United_hidden_case_Delta_0427"
CELL = SourceCell(kind="test", index=3, source='assert_top_k(top, scores, 3)\nassert ok, "fine"')


def _raise(check, *args, **kwargs):
    try:
        check(*args, **kwargs)
    except AssertionError as exc:
        return exc
    raise AssertionError("the check passed")


def test_strings_the_student_returned_are_never_quoted():
    returned: set = set()
    top = [SECRET, "b", "c"]
    student_strings(top, returned)
    error = _raise(assert_top_k, top, {"a": 3, "b": 2, "c": 1}, 3)
    assert SECRET in str(error)  # the check itself names the item
    message = failure_message(error, CELL, returned)
    assert SECRET not in message and "(a value)" in message
    # A quoted value is left out even when it was not collected (a short one, say).
    error = _raise(assert_mapping_close, {"zz": 1.0, "a": 1.0}, {"a": 1.0})
    assert "'zz'" not in failure_message(error, CELL, set())
    assert "has 1 unexpected key(s)" in failure_message(error, CELL, set())


def test_course_text_keeps_the_course_s_own_quotes_and_numbers():
    cell = SourceCell(kind="test", index=0, source="assert x, \"the column 'n_tweets' is wrong\"")
    assert course_text("the column 'n_tweets' is wrong", cell) == "the column 'n_tweets' is wrong"
    assert course_text("46 rows; it should have 49", cell, {"abc"}) == "46 rows; it should have 49"
    assert course_text("the function's result isn't right", cell) == (
        "the function's result isn't right"
    )


def test_student_strings_walks_frames_graphs_and_stays_bounded():
    import networkx as nx

    graph = nx.Graph()
    graph.add_edge(SECRET, "node", label="edge-secret")
    frame = pd.DataFrame({"who-col": ["label-secret"]}, index=pd.Index(["row-secret"]))
    found: set = set()
    student_strings([graph, frame, {"key-secret": pd.Series([1], index=["idx-secret"])}], found)
    assert {SECRET, "node", "edge-secret", "label-secret", "row-secret", "key-secret",
            "idx-secret", "who-col"} <= found  # fmt: skip
    many: set = set()
    student_strings([f"s{i:06d}" for i in range(100_000)], many, budget=500)
    assert len(many) == 500


def test_names_and_classes_from_the_sandbox_are_the_grader_s_own():
    forged = verdicts.student_exception([["builtins", SECRET]])
    assert SECRET not in forged.smcm_student_raised
    custom = verdicts.student_exception([["__main__", SECRET], ["builtins", "ValueError"]])
    message = failure_message(custom, CELL)
    assert message == "your function raised ValueError"
    error = NameError("name 'top_complaints' is not defined", name="top_complaints")
    assert "'top_complaints'" in failure_message(error, CELL)


def test_the_feedback_page_holds_no_student_text():
    scores = SubmissionScores(
        "alice",
        [CellScore("test_top", 2.0, 0.0, None, False), CellScore("test_ok", 1.0, 1.0, None, False)],
    )
    top = [SECRET, "b", "c"]
    returned: set = set()
    student_strings(top, returned)
    message = failure_message(_raise(assert_top_k, top, {"a": 3, "b": 2, "c": 1}, 3), CELL,
                              returned)  # fmt: skip
    record = {"status": "graded", "cells": [{"grade_id": "test_top", "message": message}]}
    page = render_feedback("w01", "alice", scores, record, {}, set())
    assert SECRET not in page and "0 / 2" in page and "(a value)" in page
