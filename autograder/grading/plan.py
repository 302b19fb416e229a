"""The source notebook as the grader walks it: set-up, solution, test and other cells."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from ..notebook import BEGIN_HIDDEN, END_HIDDEN, AssignmentNotebook, regions


@dataclass
class SourceCell:
    kind: str  # "setup" (runs once, warm), "solution", "test", "other"
    index: int
    source: str
    grade_id: str = ""
    points: float = 0.0
    names: list[str] = field(default_factory=list)  # names a solution cell binds
    hidden: list[tuple[int, int]] = field(default_factory=list)  # hidden lines, with markers


def source_plan(notebook: AssignmentNotebook) -> list[SourceCell]:
    graded = {c.index: c for c in notebook.graded}
    cells, first_graded = [], None
    last_test = max((c.index for c in notebook.test_cells), default=-1)
    for index, cell in enumerate(notebook.nb.cells):
        if cell.cell_type != "code":
            continue
        info = graded.get(index)
        if info is not None and info.solution:
            first_graded = index if first_graded is None else first_graded
            cells.append(SourceCell("solution", index, cell.source, info.grade_id,
                                    names=bound_names(cell.source)))  # fmt: skip
        elif info is not None and info.is_test:
            first_graded = index if first_graded is None else first_graded
            hidden = [(a - 1, b + 1) for a, b in regions(cell.source, BEGIN_HIDDEN, END_HIDDEN)]
            cells.append(SourceCell("test", index, cell.source, info.grade_id, info.points,
                                    hidden=hidden))  # fmt: skip
        elif index > last_test:
            continue  # after the last test nothing can change a score: skip (figures etc.)
        else:
            cells.append(
                SourceCell("setup" if first_graded is None else "other", index, cell.source)
            )
    return cells


def bound_names(code: str) -> list[str]:
    """Top-level names a solution cell defines (functions, classes, assignments, imports)."""
    from IPython.core.inputtransformer2 import TransformerManager

    try:
        tree = ast.parse(TransformerManager().transform_cell(code))
    except SyntaxError:
        return []
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
    return list(dict.fromkeys(names))
