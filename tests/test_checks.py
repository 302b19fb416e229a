"""autograder.checks accepts every correct alternative and rejects wrong answers with a message
that names the problem but not the expected value."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from autograder.checks import (
    CheckFailed,
    assert_close,
    assert_equal,
    assert_frame_equivalent,
    assert_mapping_close,
    assert_same_partition,
    assert_top_k,
)


def test_assert_close_accepts_float_noise_and_rejects_errors_without_the_answer():
    assert_close(0.1 + 0.2, 0.3)
    assert_close(np.float32(0.5), 0.5, rtol=1e-6)
    with pytest.raises(CheckFailed) as info:
        assert_close(0.31, 0.3, what="the share")
    assert "too large" in str(info.value) and "0.3" not in str(info.value).split("tolerance")[0]
    with pytest.raises(CheckFailed):
        assert_close("0.3", 0.3)
    with pytest.raises(CheckFailed):
        assert_close(True, 1.0)  # a bool is not a number here
    assert_close(float("nan"), float("nan"))
    with pytest.raises(CheckFailed):
        assert_close(1.0, float("nan"))
    with pytest.raises(CheckFailed):
        assert_close([1.0, 2.0], [1.0, 2.5])


def test_assert_equal_on_counts_and_values():
    assert_equal(np.int64(3), 3)
    with pytest.raises(CheckFailed):
        assert_equal(3.0, 3)  # a float is not a count
    with pytest.raises(CheckFailed):
        assert_equal(4, 3)
    assert_equal("a", "a")


def test_assert_mapping_close_accepts_series_and_names_missing_keys():
    assert_mapping_close(pd.Series({"a": 0.5, "b": 0.5}), {"b": 0.5, "a": 0.5 + 1e-12})
    with pytest.raises(CheckFailed, match="missing"):
        assert_mapping_close({"a": 1.0}, {"a": 1.0, "b": 0.0})
    with pytest.raises(CheckFailed, match="unexpected"):
        assert_mapping_close({"a": 1.0, "c": 0.0}, {"a": 1.0})
    with pytest.raises(CheckFailed, match="1 of 2"):
        assert_mapping_close({"a": 1.0, "b": 0.1}, {"a": 1.0, "b": 0.0})


def test_assert_frame_equivalent_ignores_row_order_and_dtype_but_not_values():
    expected = pd.DataFrame({"k": ["x", "y"], "n": [1, 2]})
    assert_frame_equivalent(expected.iloc[::-1], expected)
    assert_frame_equivalent(expected.astype({"n": "Int64"}), expected)
    assert_frame_equivalent(expected[["n", "k"]], expected)
    assert_frame_equivalent(expected.iloc[::-1].reset_index(drop=True), expected, check_index=False)
    with pytest.raises(CheckFailed, match="wrong columns"):
        assert_frame_equivalent(expected.rename(columns={"n": "count"}), expected)
    with pytest.raises(CheckFailed, match="rows"):
        assert_frame_equivalent(expected.iloc[:1], expected)
    with pytest.raises(CheckFailed, match="column 'n'"):
        assert_frame_equivalent(expected.assign(n=[1, 3]), expected)
    with pytest.raises(CheckFailed, match="DataFrame"):
        assert_frame_equivalent(expected["n"], expected)
    with pytest.raises(CheckFailed):
        assert_frame_equivalent(expected.iloc[::-1], expected, check_row_order=True)


def test_assert_frame_equivalent_on_series_with_missing_values():
    expected = pd.Series({"a": 0.5, "b": np.nan})
    assert_frame_equivalent(pd.Series({"b": np.nan, "a": 0.5}), expected)
    with pytest.raises(CheckFailed):
        assert_frame_equivalent(pd.Series({"a": 0.5, "b": 0.0}), expected)


def test_assert_top_k_accepts_any_order_among_ties_only():
    scores = {"a": 3, "b": 2, "c": 2, "d": 1}
    assert_top_k(["a", "b"], scores, 2)
    assert_top_k(["a", "c"], scores, 2)
    assert_top_k(["a", "c", "b"], scores, 3)
    assert_top_k(["a", "b", "c", "d"], scores, 10)  # k larger than the candidates
    with pytest.raises(CheckFailed, match="decreasing"):
        assert_top_k(["b", "a"], scores, 2)
    with pytest.raises(CheckFailed, match="leaves out"):
        assert_top_k(["a", "d"], scores, 2)
    with pytest.raises(CheckFailed, match="twice"):
        assert_top_k(["a", "a"], scores, 2)
    with pytest.raises(CheckFailed, match="should list"):
        assert_top_k(["a"], scores, 2)


def test_assert_same_partition_ignores_order_of_groups_and_members():
    assert_same_partition([[2, 1], {3}], [{1, 2}, [3]])
    with pytest.raises(CheckFailed):
        assert_same_partition([[1], [2, 3]], [{1, 2}, {3}])
    with pytest.raises(CheckFailed, match="more than one group"):
        assert_same_partition([[1, 2], [2, 3]], [{1}, {2, 3}])
    with pytest.raises(CheckFailed, match="cover"):
        assert_same_partition([[1]], [{1}, {2}])


def test_assert_frame_equivalent_compares_categorical_values_not_category_order():
    """A categorical column whose category order is not alphabetical holds the same values
    as a plain str column: sorting rows must follow the values (review w01 Exercise 1)."""
    expected = pd.DataFrame(
        {
            "airline": ["A", "B c", "Ünïted Ø", "A"],
            "day": ["d2", "d1", "d1", "d1"],
            "n": [1, 2, 3, 4],
        }
    )
    got = expected.iloc[[3, 2, 1, 0]].reset_index(drop=True)
    got["airline"] = pd.Categorical(got["airline"], categories=["Ünïted Ø", "A", "B c", "Unused"])
    assert_frame_equivalent(got, expected, check_index=False)
    assert_frame_equivalent(got.astype({"airline": "string"}), expected, check_index=False)
    wrong = got.assign(n=got["n"].where(got["n"] != 3, 5))
    with pytest.raises(CheckFailed, match="column 'n'") as failure:
        assert_frame_equivalent(wrong, expected, check_index=False)
    assert "airline" not in str(failure.value)


def test_assert_frame_equivalent_says_when_only_the_type_of_values_differs():
    expected = pd.DataFrame({"node": [1, 2, 10], "score": [0.5, 0.25, 0.25]})
    stringified = expected.assign(node=expected["node"].astype(str))
    with pytest.raises(CheckFailed, match="str.*int|int.*str") as failure:
        assert_frame_equivalent(stringified, expected, check_index=False)
    assert "type" in str(failure.value)
    labels = pd.DataFrame({"label": ["1", "2"], "n": [3, 4]})
    with pytest.raises(CheckFailed, match="type") as failure:
        assert_frame_equivalent(labels.assign(label=[1, 2]), labels, check_index=False)
    assert "int" in str(failure.value) and "str" in str(failure.value)
