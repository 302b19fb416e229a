"""Every assignment passes the exercise audit (see autograder/audit.py and source/README.md)."""

from __future__ import annotations

import pytest

from autograder.audit import COURSE_MIN_KILL_RATE, EXERCISE_MIN_KILL_RATE, course_kill_rate
from autograder.paths import assignments

ASSIGNMENTS = assignments()


def test_there_are_assignments():
    assert ASSIGNMENTS, "source/ holds no wNN_topic assignment"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_assignment_passes_audit(course_audit, assignment):
    audit = course_audit[assignment]
    assert audit.problems == []
    assert audit.max_score > 0
    assert audit.source_score == audit.max_score
    assert audit.release_score == 0
    assert all(row.kill_rate >= EXERCISE_MIN_KILL_RATE for row in audit.exercises)


def test_course_mutation_score(course_audit):
    killed, total = course_kill_rate(list(course_audit.values()))
    assert total > 0
    assert killed / total >= COURSE_MIN_KILL_RATE, f"{killed}/{total} mutants killed"
