"""Mutant generation and the fork-per-mutant runner."""

from __future__ import annotations

import json

import nbformat

from autograder.mutation import mutants
from autograder.mutation_runner import run_mutation_analysis

SOLUTION = '''def clip_count(xs, k):
    """Count of positive values, at most k."""
    ### BEGIN SOLUTION
    n = sum(1 for x in xs if x > 0)
    return min(n, k)
    ### END SOLUTION
'''


def test_mutants_only_touch_the_solution_region_and_are_distinct():
    found = mutants(SOLUTION)
    descriptions = [m.description for m in found]
    assert len(set(m.source for m in found)) == len(found)
    assert "compare line 4: Gt->GtE" in descriptions
    assert "swap-name line 5: min->max" in descriptions
    assert "constant line 4: 0->1" in descriptions
    assert any(d.startswith("drop line 5") for d in descriptions)
    assert all("line 1" not in d and "line 2" not in d for d in descriptions)
    for mutant in found:
        compile(mutant.source, "<mutant>", "exec")


def test_no_markers_no_mutants():
    assert mutants("def f():\n    return 1\n") == []


def _notebook(tmp_path, test_source, solution=SOLUTION):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("import math"),
        nbformat.v4.new_code_cell(solution),
        nbformat.v4.new_code_cell(test_source),
    ]
    nb.cells[1].metadata["nbgrader"] = {"grade_id": "clip_count", "solution": True, "grade": False}
    nb.cells[2].metadata["nbgrader"] = {
        "grade_id": "test_clip_count",
        "solution": False,
        "grade": True,
        "points": 1,
    }
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(nb))
    return path


def test_strong_tests_kill_mutants_weak_tests_do_not(tmp_path):
    strong = (
        "assert clip_count([1, -1, 0, 2], 5) == 2\n"
        "assert clip_count([1, 2, 3], 2) == 2\n"
        "assert clip_count([0, 0], 1) == 0\n"
    )
    results, baseline = run_mutation_analysis(_notebook(tmp_path, strong), time_limit=10)
    assert baseline == {}
    assert results and all(r.outcome != "survived" for r in results), [
        r for r in results if r.outcome == "survived"
    ]
    weak_path = _notebook(tmp_path, "assert callable(clip_count)\n")
    weak, _ = run_mutation_analysis(weak_path, time_limit=10)
    assert sum(r.outcome == "survived" for r in weak) >= len(weak) - 1


def test_a_looping_mutant_is_killed_by_the_time_limit(tmp_path):
    solution = (
        "def countdown(n):\n"
        "    ### BEGIN SOLUTION\n"
        "    while n > 0:\n"
        "        n -= 1\n"
        "    return n\n"
        "    ### END SOLUTION\n"
    )
    path = _notebook(tmp_path, "assert countdown(3) == 0\n", solution=solution)
    nb = nbformat.read(path, as_version=4)
    nb.cells[1].metadata["nbgrader"]["grade_id"] = "countdown"
    nb.cells[2].metadata["nbgrader"]["grade_id"] = "test_countdown"
    nbformat.write(nb, path)
    results, _ = run_mutation_analysis(path, time_limit=2)
    by_description = {r.description: r.outcome for r in results}
    assert by_description["arith line 4: Sub->Add"] == "timeout"  # n += 1 never ends


def test_a_failing_solution_is_reported_as_a_baseline_problem(tmp_path):
    results, baseline = run_mutation_analysis(
        _notebook(tmp_path, "assert clip_count([1], 1) == 99\n"), time_limit=10
    )
    assert results == [] and "clip_count" in baseline
