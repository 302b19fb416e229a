"""The instructor's grading log: logs/<assignment>.log in the course folder.

`smcm grade` appends one block per run: what it set out to do, the pre-flight, then each
submission's status, score, time, flags and steps (from the engine), every grader-side error
with its traceback, and the integrity check. The class report links to it.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from pathlib import Path

from .course import GradingCourse


def log_path(course: GradingCourse, assignment: str) -> Path:
    return course.root / "logs" / f"{assignment}.log"


@contextmanager
def grading_log(course: GradingCourse, assignment: str):
    """A logger writing to the assignment's log file for the duration of one run."""
    path = log_path(course, assignment)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(message)s"))
    logger = logging.getLogger(f"smcm.grading.{assignment}.{id(handler)}")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        yield logger
    finally:
        logger.removeHandler(handler)
        handler.close()


def log_record(logger: logging.Logger, record: dict) -> None:
    """One submission's result: a line, then its flags and the engine's steps, indented."""
    auto = [c for c in record.get("cells", []) if c.get("score") is not None]
    score = f"{sum(c['score'] for c in auto):g}/{sum(c['max_score'] for c in auto):g}"
    level = logging.INFO if record["status"] == "graded" else logging.ERROR
    lines = [f"{record['student']}: {record['status']} {score} in {record['seconds']:.1f} s"]
    lines += [f"    flag: {flag}" for flag in record.get("flags", [])]
    for entry in record.get("log", []):
        lines += ["    " + line for line in str(entry).splitlines()]
    logger.log(level, "\n".join(lines))
