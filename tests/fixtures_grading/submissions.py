"""Student notebooks for the grading tests: the student version from release/ with the source's
solutions typed in (as the benchmark makes them), optionally a wrong answer or a marker cell."""

from __future__ import annotations

import json
from pathlib import Path

from autograder.grading.benchmark import WRONG_ANSWERS
from autograder.notebook import AssignmentNotebook
from autograder.paths import source_notebook
from autograder.typed_in import filled_student_notebook

ASSIGNMENT = "w01_orientation"
# Read from the source, so that the tests follow the assignment as it grows.
_SOURCE = AssignmentNotebook.read(source_notebook(ASSIGNMENT))
AUTOGRADED_POINTS = float(sum(c.points for c in _SOURCE.test_cells))
MANUAL_POINTS = float(sum(c.points for c in _SOURCE.manual_cells))


def student_notebook(
    assignment: str = ASSIGNMENT, wrong: tuple[str, ...] = (), marker: str = "", attempted=True
) -> dict:
    # The marker lets the fake engine see the wrong answer that the real engine finds by testing.
    replacements = {g: WRONG_ANSWERS[g].rstrip("\n") + "  # FAKE:WRONG\n" for g in wrong}
    nb = filled_student_notebook(assignment, replacements, attempted)
    if marker:
        nb["cells"].append({"cell_type": "markdown", "metadata": {}, "source": marker})
    return nb


def write_submission(folder: Path, student: str, nb: dict, assignment: str = ASSIGNMENT) -> Path:
    path = folder / "submitted" / student / assignment / f"{assignment}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(nb, indent=1))
    return path
