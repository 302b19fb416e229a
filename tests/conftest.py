"""Shared fixtures. The course audit runs once per test session and its table is printed at the
end of the run, with any other table a test reports, so every CI log carries them."""

from __future__ import annotations

import os

import pytest

from autograder.paths import assignments

_AUDITS: list = []
_SECTIONS: list[tuple[str, str]] = []


@pytest.fixture(scope="session")
def report_section():
    """report_section(title, text): print a titled block at the end of the run."""
    return lambda title, text: _SECTIONS.append((title, text))


@pytest.fixture(scope="session")
def course_audit():
    """The audit of every assignment in source/ (mutation analysis included), run in parallel."""
    from autograder.audit import audit_all

    if not _AUDITS:
        _AUDITS.extend(audit_all(assignments()))
    return {audit.assignment: audit for audit in _AUDITS}


def pytest_terminal_summary(terminalreporter):
    for title, text in _SECTIONS:
        terminalreporter.section(title)
        terminalreporter.write_line(text)
    if not _AUDITS:
        return
    from autograder.audit import format_differential, format_table

    terminalreporter.section("exercise audit")
    terminalreporter.write_line(format_table(_AUDITS))
    terminalreporter.section("differential grading: plain nbgrader against the engine")
    terminalreporter.write_line(format_differential(_AUDITS))
    for audit in _AUDITS:
        for problem in audit.problems:
            terminalreporter.write_line(f"PROBLEM {audit.assignment}: {problem}")


os.environ.setdefault("MPLBACKEND", "Agg")
