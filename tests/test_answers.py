"""Independent answers (tests/answers/<assignment>/<exercise>/correct_*.py and wrong_*.py):
the audit grades each one like a mutant and reports a correct answer that fails or a wrong
answer that passes."""

from __future__ import annotations

import json
from types import SimpleNamespace

import nbformat

from autograder.audit import AssignmentAudit, ExerciseAudit, apply_mutation, format_table
from autograder.mutation_runner import run_mutation_analysis
from autograder.notebook import AssignmentNotebook
from autograder.paths import (
    ANSWERS_DIR,
    RELEASE_DIR,
    SOURCE_DIR,
    answer_files,
    answer_kind,
    assignments,
)

SOLUTION = '''def clip_count(xs, k):
    """Count of positive values, at most k."""
    ### BEGIN SOLUTION
    n = sum(1 for x in xs if x > 0)
    return min(n, k)
    ### END SOLUTION
'''
# The test never tries a zero, so "x >= 0" slips through: a wrong answer that passes.
TEST = (
    '"""clip_count counts positives, capped at k."""\n'
    'assert clip_count([1, -1, 2], 5) == 2, "wrong count"\n'
    "### BEGIN HIDDEN TESTS\n"
    "assert clip_count([1, 2, 3], 2) == 2\n"
    "### END HIDDEN TESTS\n"
)
ANSWERS = {
    "correct_filter.py": "# correct: filter then len\n"
    "def clip_count(xs, k):\n    return min(len([x for x in xs if x > 0]), k)\n",
    "correct_but_fails.py": "# meant to be correct, but it forgets the cap\n"
    "def clip_count(xs, k):\n    return sum(x > 0 for x in xs)\n",
    "wrong_no_cap.py": "# wrong: ignores the cap k\n"
    "def clip_count(xs, k):\n    return len([x for x in xs if x > 0])\n",
    "wrong_zero_counted.py": "# wrong: counts zeros as positive\n"
    "def clip_count(xs, k):\n    return min(sum(x >= 0 for x in xs), k)\n",
    "wrong_crashes.py": "# wrong: a typo\ndef clip_count(xs, k):\n    return min(n, k)\n",
}


def _course(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# wfix"),
        nbformat.v4.new_code_cell(SOLUTION),
        nbformat.v4.new_code_cell(TEST),
    ]
    nb.cells[1].metadata["nbgrader"] = {"grade_id": "clip_count", "solution": True, "grade": False}
    nb.cells[2].metadata["nbgrader"] = {
        "grade_id": "test_clip_count",
        "solution": False,
        "grade": True,
        "points": 1,
        "locked": True,
    }
    (tmp_path / "wfix").mkdir()
    path = tmp_path / "wfix" / "wfix.ipynb"
    path.write_text(json.dumps(nb))
    folder = tmp_path / "answers" / "wfix" / "clip_count"
    folder.mkdir(parents=True)
    for name, text in ANSWERS.items():
        (folder / name).write_text(text)
    return path, tmp_path / "answers"


def test_answer_files_are_found_by_exercise_and_named_by_kind(tmp_path):
    _, answers_dir = _course(tmp_path)
    files = answer_files("wfix", answers_dir)
    assert list(files) == ["clip_count"]
    assert sorted(p.name for p in files["clip_count"]) == sorted(ANSWERS)
    assert answer_files("w99_none", answers_dir) == {}
    assert [answer_kind(p) for p in files["clip_count"]].count("wrong") == 3
    assert answer_kind(answers_dir / "correct_.py") is None
    assert answer_kind(answers_dir / "notes_x.py") is None
    assert answer_kind(answers_dir / "correct_x.txt") is None


def test_the_runner_grades_each_answer_like_a_mutant(tmp_path):
    path, answers_dir = _course(tmp_path)
    results, baseline = run_mutation_analysis(
        path, time_limit=10, answers=answer_files("wfix", answers_dir)
    )
    assert baseline == {}
    outcome = {r.description.rsplit("/", 1)[-1]: r for r in results if r.kind != "mutant"}
    assert outcome["correct_filter.py"].outcome == "survived"
    assert outcome["correct_but_fails.py"].outcome == "killed"
    assert outcome["correct_but_fails.py"].detail.startswith("AssertionError")
    assert outcome["wrong_crashes.py"].detail.startswith("NameError: name 'n'")
    assert outcome["wrong_no_cap.py"].outcome == "killed"
    assert outcome["wrong_zero_counted.py"].outcome == "survived"
    assert outcome["wrong_crashes.py"].outcome == "killed"
    assert any(r.kind == "mutant" for r in results)


def test_the_audit_reports_a_failing_correct_answer_and_a_passing_wrong_one(tmp_path):
    path, answers_dir = _course(tmp_path)
    (answers_dir / "wfix" / "clip_count" / "notes.py").write_text("# not an answer\n")
    (answers_dir / "wfix" / "no_such_exercise").mkdir()
    audit = AssignmentAudit("wfix", exercises=[ExerciseAudit("clip_count", 1)])
    apply_mutation(
        audit, AssignmentNotebook.read(path), SimpleNamespace(mutant_time_limit=10), answers_dir
    )
    row = audit.exercises[0]
    assert (row.alternatives_ok, row.alternatives) == (1, 2)
    assert (row.wrong_caught, row.wrong) == (2, 3)
    problems = "\n".join(audit.problems)
    assert "correct answer" in problems and "correct_but_fails.py fails" in problems
    assert "wrong answer" in problems and "wrong_zero_counted.py passes" in problems
    assert "correct_filter.py" not in problems and "wrong_no_cap.py" not in problems
    assert "notes.py: an answer file is named" in problems
    assert "no exercise has the grade id 'no_such_exercise'" in problems
    table = format_table([audit])
    assert "alternatives ok" in table and "wrong caught" in table
    assert "1/2" in table and "2/3" in table


def test_too_few_answers_is_a_problem(tmp_path):
    path, answers_dir = _course(tmp_path)
    for name in ("correct_but_fails.py", "wrong_crashes.py"):
        (answers_dir / "wfix" / "clip_count" / name).unlink()
    audit = AssignmentAudit("wfix", exercises=[ExerciseAudit("clip_count", 1)])
    apply_mutation(
        audit, AssignmentNotebook.read(path), SimpleNamespace(mutant_time_limit=10), answers_dir
    )
    assert any("1 correct and 2 wrong answer files" in p for p in audit.problems)


def test_answers_are_never_an_assignment_nor_released():
    assert not ANSWERS_DIR.is_relative_to(SOURCE_DIR), "nbgrader lists source/'s folders"
    assert "answers" not in assignments()
    assert not (RELEASE_DIR / "answers").exists()
    for assignment in assignments():
        released = {p.name for p in (RELEASE_DIR / assignment).rglob("*.py")}
        for files in answer_files(assignment).values():
            assert not {p.name for p in files} & released
