"""Large set-up tables go to the student's process once per submission (trusted.py, "kept
values"): every call still gets a fresh copy, and a test cell that changes such a table in
place makes the grader grade again the slow way, so scores never depend on the shortcut."""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest
from fixtures_grading.mini_notebook import write_notebook
from test_grading_engine import TEST_SETTINGS

from autograder.grading.engine import grade_submission
from autograder.grading.kept import KEEP_MIN_BYTES, kept_setup_values, same_table

ASSIGNMENT = "wkept"
SETUP = (
    "import numpy as np\n"
    "import pandas as pd\n"
    "table = pd.DataFrame({'x': np.arange(40_000), 's': [f'row {i}' for i in range(40_000)]})\n"
)
SOLUTION = "def count_rows(df):\n    return len(df)\n"
# Answers right, then wrecks its argument: only fresh copies keep the next answers right.
SPOILER = (
    "def count_rows(df):\n"
    "    n = len(df)\n"
    "    df.drop(df.index[:1000], inplace=True)\n"
    "    return n\n"
)
TESTS_THAT_READ = "for _ in range(3):\n    assert count_rows(table) == 40_000\n"
# Breaks the course's rule for test cells (never change set-up values in place).
TESTS_THAT_WRITE = (
    "assert count_rows(table) == 40_000\n"
    "table.drop(table.index[:100], inplace=True)\n"
    "assert count_rows(table) == 39_900, 'the student must see the changed table'\n"
)


def _table() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    frame = pd.DataFrame(
        {
            "airline": pd.Categorical(rng.choice(["A", "B", "C"], 20_000)),
            "text": [f"tweet {i}" for i in range(20_000)],
            "when": pd.date_range("2015-02-16", periods=20_000, freq="min", tz="UTC"),
            "n": pd.array(rng.integers(0, 5, 20_000), dtype="Int64"),
        }
    )
    frame.index.name = "row"
    return frame


def test_kept_values_are_large_tables_made_by_the_set_up():
    frame, small = _table(), pd.Series([1, 2, 3])
    kept = kept_setup_values(
        {"frame": frame, "small": small, "f": len, "pd": pd}, ["frame", "small", "f", "pd"]
    )
    assert [value.key.split("-")[0] for value in kept.values()] == ["frame"]
    (value,) = kept.values()
    assert len(value.payload) >= KEEP_MIN_BYTES and value.value is frame
    assert same_table(pickle.loads(value.payload), frame)


def test_reads_leave_a_table_the_same_even_when_its_pickle_changes():
    frame = _table()
    pristine = pickle.loads(pickle.dumps(frame))
    frame[frame["airline"].astype(str) == "A"]["when"].dt.tz_convert("Asia/Kolkata").dt.strftime(
        "%Y"
    )
    frame.groupby("airline", observed=True)["n"].sum()
    frame.sort_values("when").iloc[:0]
    assert same_table(frame, pristine)


@pytest.mark.parametrize(
    "change",
    [
        lambda f: f.drop(f.index[:1], inplace=True),
        lambda f: f.__setitem__("extra", 1),
        lambda f: f.loc.__setitem__((5, "text"), "changed"),
        lambda f: f.__setitem__("n", f["n"].astype("float64")),
        lambda f: setattr(f.index, "name", "renamed"),
        lambda f: f.rename(columns={"text": "body"}, inplace=True),
        lambda f: f.attrs.__setitem__("source", "elsewhere"),
        lambda f: f.set_flags(allows_duplicate_labels=False),  # a copy: no change
    ],
    ids=["rows", "column", "value", "dtype", "index name", "label", "attrs", "not in place"],
)
def test_every_change_in_place_is_seen(change):
    frame = _table()
    pristine = pickle.loads(pickle.dumps(frame))
    change(frame)
    in_place = change.__code__.co_names[-1:] != ("set_flags",)
    assert same_table(frame, pristine) is not in_place


def test_arrays_and_series():
    values = np.array([0.5, np.nan, 2.0])
    assert same_table(values, values.copy())
    assert not same_table(values, values.astype("float32"))
    series = pd.Series(["a", None], name="s")
    assert same_table(series, series.copy())
    assert not same_table(series, series.rename("t"))


def _notebook(path, solution: str, tests: str) -> None:
    write_notebook(path, [SETUP, solution, tests], {1: "count_rows"}, {2: "test_count_rows"})


@pytest.mark.parametrize(
    ("tests", "solution", "score"),
    [
        (TESTS_THAT_READ, SOLUTION, 1.0),
        (TESTS_THAT_READ, SPOILER, 1.0),
        (TESTS_THAT_WRITE, SOLUTION, 1.0),
        (TESTS_THAT_WRITE, "def count_rows(df):\n    return 40_000\n", 0.0),
    ],
    ids=["reads", "student spoils its argument", "test changes the table", "wrong answer"],
)
def test_scores_match_sending_every_argument_afresh(tmp_path, tests, solution, score):
    source_dir, release_dir = tmp_path / "source", tmp_path / "release"
    _notebook(source_dir / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", SOLUTION, tests)
    _notebook(release_dir / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", "raise NotImplementedError", tests)
    submitted = tmp_path / "submitted" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    _notebook(submitted, solution, tests)
    result = grade_submission(
        ASSIGNMENT, "someone", submitted, settings=TEST_SETTINGS,
        source_dir=source_dir, release_dir=release_dir,
    )  # fmt: skip
    assert result.status == "graded", result.flags
    assert result.total == score, [(c.grade_id, c.score, c.message) for c in result.cells]
