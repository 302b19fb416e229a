"""Shared fixtures. The course audit runs once per test session and its table is printed at the
end of the run, so every CI log carries it."""

from __future__ import annotations

import os

import pytest

from autograder.paths import assignments

_AUDITS: list = []


@pytest.fixture(scope="session")
def course_audit():
    """The audit of every assignment in source/ (mutation analysis included), run in parallel."""
    from autograder.audit import audit_all

    if not _AUDITS:
        _AUDITS.extend(audit_all(assignments()))
    return {audit.assignment: audit for audit in _AUDITS}


def pytest_terminal_summary(terminalreporter):
    if not _AUDITS:
        return
    from autograder.audit import format_table

    terminalreporter.section("exercise audit")
    terminalreporter.write_line(format_table(_AUDITS))
    for audit in _AUDITS:
        for problem in audit.problems:
            terminalreporter.write_line(f"PROBLEM {audit.assignment}: {problem}")


os.environ.setdefault("MPLBACKEND", "Agg")
