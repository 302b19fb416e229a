"""Late submissions lose what the course's nbgrader configuration says, under `smcm grade` as
under plain `nbgrader autograde` (same plugin, same due date, same timestamp)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from fixtures_grading import fake_engine
from fixtures_grading.submissions import ASSIGNMENT, student_notebook, write_submission
from nbgrader.api import Gradebook

from autograder.config import load_course_config
from autograder.grading import run as run_module
from autograder.grading.course import GradingCourse
from autograder.grading.run import grade_assignment
from autograder.grading.scores import gradebook_scores
from autograder.paths import CONFIG_FILE, SOURCE_DIR

DUE = datetime(2026, 3, 1, 12, 0, 0)
STAMPS = {"early": "2026-03-01 11:00:00.000000 UTC", "late": "2026-03-01 14:30:00.000000 UTC"}
PLUGIN = "fixtures_grading.late_plugin.OnePointPerHour"
TESTS = Path(__file__).parent


def _set_due_date(db_url: str) -> None:
    with Gradebook(db_url) as gradebook:
        gradebook.update_or_create_assignment(ASSIGNMENT, duedate=DUE)


def _submit(root: Path) -> None:
    for student, stamp in STAMPS.items():
        write_submission(root, student, student_notebook())
        (root / "submitted" / student / ASSIGNMENT / "timestamp.txt").write_text(stamp)


def _penalties(db_url: str) -> dict[str, float]:
    with Gradebook(db_url) as gradebook:
        return {
            s.student.id: float(s.late_submission_penalty or 0.0)
            for s in gradebook.find_assignment(ASSIGNMENT).submissions
        }


@pytest.fixture(scope="module")
def nbgrader_penalties(tmp_path_factory):
    root = tmp_path_factory.mktemp("nbgrader-late")
    (root / "source").mkdir()
    subprocess.run(["cp", "-r", str(SOURCE_DIR / ASSIGNMENT), str(root / "source")], check=True)
    db_url = f"sqlite:///{root / 'gradebook.db'}"
    (root / "nbgrader_config.py").write_text(
        "c = get_config()  # noqa: F821\n"
        f"load_subconfig({str(CONFIG_FILE)!r})  # noqa: F821\n"
        f"c.CourseDirectory.root = {str(root)!r}\n"
        f"c.CourseDirectory.db_url = {db_url!r}\n"
        f"c.AssignLatePenalties.plugin_class = {PLUGIN!r}\n"
    )
    path = os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")])
    env = dict(os.environ, PYTHONPATH=str(TESTS), PATH=path)  # nbgrader runs `alembic`
    nbgrader = [sys.executable, "-m", "nbgrader"]
    subprocess.run([*nbgrader, "generate_assignment", ASSIGNMENT, "--force"], cwd=root, env=env,
                   check=True, capture_output=True)  # fmt: skip
    _set_due_date(db_url)
    _submit(root)
    done = subprocess.run([*nbgrader, "autograde", ASSIGNMENT, "--create"], cwd=root, env=env,
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return _penalties(db_url)


def test_smcm_grade_applies_the_configured_late_penalty_as_nbgrader_does(
    nbgrader_penalties, tmp_path, monkeypatch
):
    config = load_course_config()
    config.AssignLatePenalties.plugin_class = PLUGIN
    monkeypatch.setattr(run_module, "load_course_config", lambda: config)
    course = GradingCourse(root=tmp_path / "course", db_url=f"sqlite:///{tmp_path / 'g.db'}")
    course.root.mkdir()
    _submit(course.root)
    grade_assignment(course, ASSIGNMENT, grade_fn=fake_engine.grade_submission, workers=1,
                     progress=False)  # fmt: skip
    _set_due_date(course.db_url)
    # the due date was set after the first grading: grade again, as after any change
    for student in STAMPS:
        course.result_file(student, ASSIGNMENT).unlink()
    grade_assignment(course, ASSIGNMENT, grade_fn=fake_engine.grade_submission, workers=1,
                     progress=False)  # fmt: skip
    ours = _penalties(course.db_url)
    assert ours == nbgrader_penalties == {"early": 0.0, "late": 3.0}
    scores = gradebook_scores(course, ASSIGNMENT)
    assert scores["late"].total == scores["late"].raw_total - 3.0
    assert scores["early"].total == scores["early"].raw_total
    assert json.loads(json.dumps(ours))  # plain numbers
