"""A test double with grade_submission's signature, for the workflow tests only.

It scores from markers in the submission instead of running it, so the workflow's own
behaviour (resuming, failures, gradebook, exports) is tested quickly and exactly:
- a solution cell containing FAKE:WRONG loses its exercise's points (message "wrong answer");
- FAKE:RAISE anywhere makes the engine raise, FAKE:CRASH kills the worker process outright,
  FAKE:NO_SANDBOX raises SandboxUnavailable;
- every call appends "<student>" to the file named by $SMCM_FAKE_ENGINE_LOG.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from autograder.notebook import AssignmentNotebook
from autograder.paths import SOURCE_DIR


class SandboxUnavailable(RuntimeError):
    pass


@dataclass
class CellResult:
    grade_id: str
    score: float | None
    max_score: float
    message: str


@dataclass
class SubmissionResult:
    assignment: str
    student: str
    cells: list[CellResult]
    flags: list[str] = field(default_factory=list)
    status: str = "graded"
    seconds: float = 0.0
    answers: dict[str, str] = field(default_factory=dict)


def grade_submission(assignment, student, notebook_path, *, settings=None, unsafe=False):
    started = time.monotonic()
    log = os.environ.get("SMCM_FAKE_ENGINE_LOG")
    if log:
        with open(log, "a") as handle:
            handle.write(f"{student}\n")
    text = Path(notebook_path).read_text()
    if "FAKE:NO_SANDBOX" in text:
        raise SandboxUnavailable("bwrap not found")
    if "FAKE:CRASH" in text:
        os._exit(3)
    if "FAKE:RAISE" in text:
        raise RuntimeError("the engine tripped over this one")
    source = AssignmentNotebook.read(SOURCE_DIR / assignment / f"{assignment}.ipynb")
    submitted = json.loads(text)
    wrong = {
        cell["metadata"]["nbgrader"]["grade_id"]
        for cell in submitted["cells"]
        if "FAKE:WRONG" in "".join(cell["source"])
    }
    cells = []
    for exercise in source.exercises:
        failed = exercise.solution.grade_id in wrong
        cells.append(
            CellResult(
                exercise.test.grade_id,
                0.0 if failed else exercise.points,
                exercise.points,
                "a hidden test failed: wrong answer" if failed else "",
            )
        )
    for manual in source.manual_cells:
        cells.append(CellResult(manual.grade_id, None, manual.points, ""))
    flags = ["output truncated at 1 MB"] if "FAKE:FLAG" in text else []
    manual_ids = {m.grade_id for m in source.manual_cells}
    answers = {  # like the engine: the text of each hand-graded answer cell
        cell["metadata"]["nbgrader"]["grade_id"]: "".join(cell["source"])
        for cell in submitted["cells"]
        if cell["metadata"].get("nbgrader", {}).get("grade_id") in manual_ids
    }
    return SubmissionResult(
        assignment, student, cells, flags, seconds=time.monotonic() - started, answers=answers
    )
