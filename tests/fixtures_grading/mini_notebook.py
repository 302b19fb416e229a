"""Small nbgrader notebooks written by hand, for tests that grade through the engine."""

from __future__ import annotations

from pathlib import Path

import nbformat


def write_notebook(
    path: Path, sources: list[str], solutions: dict[int, str], tests: dict[int, str]
) -> None:
    """Code cells `sources`; `solutions` and `tests` map a cell's index to its grade id (each
    test cell is worth 1 point)."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in sources]
    for index, grade_id in solutions.items():
        nb.cells[index].metadata["nbgrader"] = {
            "grade_id": grade_id, "solution": True, "grade": False, "locked": False,
            "schema_version": 3,
        }  # fmt: skip
    for index, grade_id in tests.items():
        nb.cells[index].metadata["nbgrader"] = {
            "grade_id": grade_id, "solution": False, "grade": True, "points": 1,
            "locked": True, "schema_version": 3,
        }  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
