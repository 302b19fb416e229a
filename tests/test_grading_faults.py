"""Failures of the grader's own machinery are never marks: they fail the submission with the
reason, stop a class before anyone is graded (pre-flight), and are left out of exports."""

from __future__ import annotations

import json

import pytest
from fixtures_grading import fake_engine
from fixtures_grading.submissions import (
    ASSIGNMENT,
    AUTOGRADED_POINTS,
    student_notebook,
    write_submission,
)

from autograder.grading import engine
from autograder.grading.course import GradingCourse
from autograder.grading.run import PreflightFailed, grade_assignment, preflight_problems
from autograder.grading.scores import gradebook_scores
from autograder.typed_in import filled_student_notebook


def test_a_grading_server_that_fails_is_a_failed_submission_not_a_score(tmp_path, monkeypatch):
    def broken(source_path):
        raise engine.ServerFailed("the server could not load the data")

    monkeypatch.setattr(engine, "_checkout", broken)
    path = tmp_path / "ada" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(filled_student_notebook(ASSIGNMENT)))
    result = engine.grade_submission(ASSIGNMENT, "ada", path, unsafe=True)
    assert result.status == "failed"
    assert any("could not load the data" in flag for flag in result.flags), result.flags


def test_preflight_stops_the_class_when_the_grader_is_wrong(tmp_path):
    # The stand-in engine gives every notebook full marks, the untouched version included:
    # exactly the kind of grader that must not be let loose on a class.
    course = GradingCourse(root=tmp_path / "course", db_url=f"sqlite:///{tmp_path / 'g.db'}")
    course.root.mkdir()
    write_submission(course.root, "alice", student_notebook())
    with pytest.raises(
        PreflightFailed, match=f"untouched student version scores {AUTOGRADED_POINTS:g}"
    ):
        grade_assignment(course, ASSIGNMENT, grade_fn=fake_engine.grade_submission,
                         workers=1, progress=False, preflight=True)  # fmt: skip
    assert not course.result_file("alice", ASSIGNMENT).exists()
    assert gradebook_scores(course, ASSIGNMENT) == {}


def test_preflight_names_what_broke():
    cell = {"grade_id": "test_x", "score": 1.0, "max_score": 2.0, "message": "a hidden test failed"}
    problems = preflight_problems({
        "smcm-preflight-reference": {"status": "graded", "flags": [], "cells": [cell]},
        "smcm-preflight-untouched": {"status": "failed", "cells": [],
                                     "flags": ["grader error: the sandbox did not start"]},
    })  # fmt: skip
    assert problems == [
        "the reference solution loses marks: test_x (a hidden test failed)",
        "the untouched notebook could not be graded: grader error: the sandbox did not start",
    ]
