"""The audit's structure and leak checks catch what they are meant to catch."""

from __future__ import annotations

import json

import nbformat

from autograder.audit import check_leaks, check_structure
from autograder.notebook import AssignmentNotebook

TABLE = """# Title
| Exercise | Grade id | Points |
|---|---|---|
| 1. f | `test_f` | 2 |
| **Total** | | **2** |
"""
SOLUTION = (
    "def f(x):\n    ### BEGIN SOLUTION\n    return x * 41 + 1  # secret\n    ### END SOLUTION\n"
)
TEST = (
    '"""Checks f."""\nassert f(0) == 1, "f(0) is wrong"\n'
    "### BEGIN HIDDEN TESTS\nassert f(2) == 83, 'hidden'\n### END HIDDEN TESTS\n"
)


def _write(tmp_path, table=TABLE, solution=SOLUTION, test=TEST, test_id="test_f", points=2):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell(table),
        nbformat.v4.new_code_cell(solution),
        nbformat.v4.new_code_cell(test),
    ]
    nb.cells[1].metadata["nbgrader"] = {"grade_id": "f", "solution": True, "grade": False}
    nb.cells[2].metadata["nbgrader"] = {
        "grade_id": test_id,
        "solution": False,
        "grade": True,
        "points": points,
        "locked": True,
    }
    path = tmp_path / "a.ipynb"
    path.write_text(json.dumps(nb))
    return AssignmentNotebook.read(path)


def test_a_well_formed_notebook_has_no_structure_problems(tmp_path):
    assert check_structure(_write(tmp_path)) == []


def test_points_table_drift_is_caught(tmp_path):
    problems = check_structure(_write(tmp_path, points=3))
    assert any("points table" in p for p in problems)


def test_missing_hidden_part_and_orphan_test_are_caught(tmp_path):
    problems = check_structure(_write(tmp_path, test='assert f(0) == 1, "x"\n', test_id="test_g"))
    assert any("no hidden part" in p for p in problems)
    assert any("has no solution cell" in p for p in problems)
    assert any("solution cell 'f' has no test cell" in p for p in problems)


def test_leaks_of_solution_or_hidden_lines_are_caught(tmp_path):
    notebook = _write(tmp_path)
    release = tmp_path / "release"
    release.mkdir()
    (release / "a.ipynb").write_text(json.dumps(nbformat.v4.new_notebook()))
    assert check_leaks(notebook, release) == []
    (release / "notes.txt").write_text("assert f(2) == 83, 'hidden'\n")
    problems = check_leaks(notebook, release)
    assert any("f(2) == 83" in p for p in problems)
    (release / "notes.txt").write_text("    return x * 41 + 1  # secret\n")
    assert any("41" in p for p in check_leaks(notebook, release))


def test_allowlist_entries_need_a_reason(tmp_path):
    from autograder.audit import load_allowlist

    path = tmp_path / "allow.toml"
    path.write_text(
        '[[equivalent]]\nassignment = "w01_x"\nexercise = "f"\n'
        'mutant = "drop line 3: drop statement"\nreason = "dead code"\n'
    )
    assert load_allowlist(path) == {("w01_x", "f"): {"drop line 3: drop statement"}}
    path.write_text(
        '[[equivalent]]\nassignment = "w01_x"\nexercise = "f"\nmutant = "m"\nreason = " "\n'
    )
    try:
        load_allowlist(path)
    except ValueError as error:
        assert "reason" in str(error)
    else:
        raise AssertionError("an allow-listed mutant without a reason was accepted")
