"""What an assignment notebook declares: graded cells, solution and hidden-test regions, and
the points table its first markdown cell shows students."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

BEGIN_SOLUTION, END_SOLUTION = "### BEGIN SOLUTION", "### END SOLUTION"
BEGIN_HIDDEN, END_HIDDEN = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
TEST_PREFIX = "test_"

# | 1. Some exercise | `test_some_exercise` | 2 |
POINTS_ROW = re.compile(
    r"^\|[^|]*\|\s*`(?P<grade_id>[A-Za-z0-9_]+)`\s*\|\s*(?P<points>\d+(\.\d+)?)\s*\|"
)
TOTAL_ROW = re.compile(r"^\|\s*\**Total\**\s*\|[^|]*\|\s*\**(?P<points>\d+(\.\d+)?)\**\s*\|", re.I)


@dataclass
class GradedCell:
    index: int
    grade_id: str
    cell_type: str
    solution: bool
    grade: bool
    points: float
    source: str

    @property
    def is_test(self) -> bool:
        return self.grade and not self.solution and self.cell_type == "code"

    @property
    def is_manual(self) -> bool:
        return self.grade and self.solution


@dataclass
class Exercise:
    """An autograded exercise: the cell the student writes and the test cell that grades it."""

    name: str
    solution: GradedCell
    test: GradedCell

    @property
    def points(self) -> float:
        return self.test.points


@dataclass
class AssignmentNotebook:
    path: Path
    nb: nbformat.NotebookNode
    graded: list[GradedCell] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path) -> AssignmentNotebook:
        nb = nbformat.read(path, as_version=4)
        graded = []
        for i, cell in enumerate(nb.cells):
            meta = cell.metadata.get("nbgrader", {})
            if not (meta.get("solution") or meta.get("grade") or meta.get("locked")):
                continue
            graded.append(
                GradedCell(
                    index=i,
                    grade_id=meta.get("grade_id", ""),
                    cell_type=cell.cell_type,
                    solution=bool(meta.get("solution")),
                    grade=bool(meta.get("grade")),
                    points=float(meta.get("points", 0) or 0),
                    source=cell.source,
                )
            )
        return cls(path, nb, graded)

    def cell(self, grade_id: str) -> GradedCell | None:
        return next((c for c in self.graded if c.grade_id == grade_id), None)

    @property
    def solution_cells(self) -> list[GradedCell]:
        return [c for c in self.graded if c.solution and c.cell_type == "code"]

    @property
    def test_cells(self) -> list[GradedCell]:
        return [c for c in self.graded if c.is_test]

    @property
    def manual_cells(self) -> list[GradedCell]:
        return [c for c in self.graded if c.is_manual]

    @property
    def exercises(self) -> list[Exercise]:
        found = []
        for test in self.test_cells:
            name = test.grade_id.removeprefix(TEST_PREFIX)
            solution = self.cell(name)
            if solution is not None and solution.solution and solution.cell_type == "code":
                found.append(Exercise(name, solution, test))
        return found

    def points_table(self) -> tuple[dict[str, float], float | None]:
        """({grade_id: points}, total) as the first markdown cell states them."""
        first = next((c for c in self.nb.cells if c.cell_type == "markdown"), None)
        rows, total = {}, None
        for line in (first.source if first else "").splitlines():
            line = line.strip()
            if m := POINTS_ROW.match(line):
                rows[m["grade_id"]] = float(m["points"])
            elif m := TOTAL_ROW.match(line):
                total = float(m["points"])
        return rows, total


def regions(source: str, begin: str, end: str) -> list[tuple[int, int]]:
    """1-based (first, last) line numbers strictly between each begin/end marker pair."""
    found, start = [], None
    for number, line in enumerate(source.splitlines(), start=1):
        stripped = line.strip()
        if stripped == begin:
            start = number
        elif stripped == end and start is not None:
            found.append((start + 1, number - 1))
            start = None
    return found


def region_lines(source: str, begin: str, end: str) -> list[str]:
    lines = source.splitlines()
    return [lines[i - 1] for a, b in regions(source, begin, end) for i in range(a, b + 1)]


def without_region(source: str, begin: str, end: str) -> str:
    """The source with each marked region (and its markers) removed."""
    spans = [(a - 1, b + 1) for a, b in regions(source, begin, end)]
    lines = source.splitlines()
    drop = {i for a, b in spans for i in range(a, b + 1)}
    return "\n".join(line for n, line in enumerate(lines, start=1) if n not in drop)
