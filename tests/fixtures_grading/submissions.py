"""Student notebooks for the grading tests and the benchmark: the student version from release/
with the source's solutions typed in, optionally with a wrong answer or a marker cell."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from autograder.notebook import BEGIN_SOLUTION, END_SOLUTION, AssignmentNotebook
from autograder.paths import release_notebook, source_notebook

ASSIGNMENT = "w01_orientation"
# Wrong answers that the visible and hidden tests reject (and the fake engine sees by marker).
WRONG_ANSWERS = {
    "wilson_interval": (
        "def wilson_interval(k, n, z=1.959963984540054):\n"
        '    """Wilson score interval (low, high) for k successes out of n trials."""\n'
        "    return (0.0, 1.0)  # FAKE:WRONG\n"
    ),
    "duplicated_ids": (
        "def duplicated_ids(raw):\n"
        '    """The set of tweet ids that occur in more than one row."""\n'
        "    return set()  # FAKE:WRONG\n"
    ),
}


def _without_markers(source: str) -> str:
    lines = [ln for ln in source.splitlines() if ln.strip() not in (BEGIN_SOLUTION, END_SOLUTION)]
    return "\n".join(lines) + "\n"


def student_notebook(
    assignment: str = ASSIGNMENT, wrong: tuple[str, ...] = (), marker: str = "", attempted=True
) -> dict:
    release = json.loads(release_notebook(assignment).read_text())
    solutions = {
        c.grade_id: _without_markers(c.source)
        for c in AssignmentNotebook.read(source_notebook(assignment)).graded
        if c.solution and c.cell_type == "code"
    }
    nb = copy.deepcopy(release)
    for cell in nb["cells"]:
        grade_id = cell["metadata"].get("nbgrader", {}).get("grade_id")
        if not attempted:
            continue
        if grade_id in WRONG_ANSWERS and grade_id in wrong:
            cell["source"] = WRONG_ANSWERS[grade_id]
        elif grade_id in solutions:
            cell["source"] = solutions[grade_id]
        elif cell["metadata"].get("nbgrader", {}).get("grade") and cell["cell_type"] == "markdown":
            cell["source"] = "Tweeting customers are not a random sample of passengers."
    if marker:
        nb["cells"].append({"cell_type": "markdown", "metadata": {}, "source": marker})
    return nb


def write_submission(folder: Path, student: str, nb: dict, assignment: str = ASSIGNMENT) -> Path:
    path = folder / "submitted" / student / assignment / f"{assignment}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(nb, indent=1))
    return path
