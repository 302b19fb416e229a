"""Student submissions made from the course's own answers, as a student would hand them in.

The student version from release/ with code typed into its answer cells: the source's
solutions (the reference), an independent answer from tests/answers/ for each exercise, or
nothing at all (the untouched version). The audit grades these through nbgrader and through
the engine; the benchmark makes a class of them.
"""

from __future__ import annotations

import copy
import json

from .notebook import BEGIN_SOLUTION, END_SOLUTION, AssignmentNotebook
from .paths import (
    ANSWERS_DIR,
    RELEASE_DIR,
    SOURCE_DIR,
    answer_files,
    answer_kind,
    release_notebook,
    source_notebook,
)

HAND_GRADED_ANSWER = "Tweeting customers are not a random sample of passengers."


def without_markers(source: str) -> str:
    lines = [ln for ln in source.splitlines() if ln.strip() not in (BEGIN_SOLUTION, END_SOLUTION)]
    return "\n".join(lines) + "\n"


def filled_student_notebook(
    assignment: str,
    replacements: dict[str, str] | None = None,
    attempted: bool = True,
    source_dir=SOURCE_DIR,
    release_dir=RELEASE_DIR,
) -> dict:
    """The student version from release/, with the source's solutions (or `replacements`,
    by grade id) typed into the answer cells, as a diligent student would hand it in."""
    replacements = replacements or {}
    solutions = {
        c.grade_id: without_markers(c.source)
        for c in AssignmentNotebook.read(source_notebook(assignment, source_dir)).graded
        if c.solution and c.cell_type == "code"
    }
    nb = copy.deepcopy(json.loads(release_notebook(assignment, release_dir).read_text()))
    if not attempted:
        return nb
    for cell in nb["cells"]:
        meta = cell["metadata"].get("nbgrader", {})
        grade_id = meta.get("grade_id")
        if grade_id in replacements:
            cell["source"] = replacements[grade_id]
        elif grade_id in solutions:
            cell["source"] = solutions[grade_id]
        elif meta.get("solution") and cell["cell_type"] == "markdown":
            cell["source"] = HAND_GRADED_ANSWER
    return nb


def answer_submissions(assignment: str, answers_dir=ANSWERS_DIR) -> dict[str, tuple[dict, dict]]:
    """{name: (replacements by grade id, {grade id: answer file name})} for the notebooks that
    put the k-th correct (or wrong) answer of every exercise into one submission: `correct-1`,
    `correct-2`, ..., `wrong-1`, ... Each test cell grades its own exercise, so one notebook
    tries one answer per exercise at once."""
    by_kind: dict[str, dict[str, list]] = {"correct": {}, "wrong": {}}
    for exercise, files in answer_files(assignment, answers_dir).items():
        for path in files:
            kind = answer_kind(path)
            if kind is not None:
                by_kind[kind].setdefault(exercise, []).append(path)
    submissions = {}
    for kind, exercises in by_kind.items():
        for k in range(max((len(v) for v in exercises.values()), default=0)):
            chosen = {ex: files[k] for ex, files in exercises.items() if k < len(files)}
            submissions[f"{kind}-{k + 1}"] = (
                {ex: path.read_text() for ex, path in chosen.items()},
                {ex: path.name for ex, path in chosen.items()},
            )
    return submissions
