"""Reading a student's submission without trusting it.

The notebook is read without following symlinks, size-capped, parsed as JSON and converted to
nbformat 4. Its cells are matched to the source notebook by nbgrader grade id: the student's
solution cells and their own extra cells run in the sandbox; their copies of the test cells,
their nbgrader metadata and their cell ids never decide anything (the source notebook's test
cells and points do), but every difference is reported as a flag an instructor can read.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..notebook import BEGIN_HIDDEN, END_HIDDEN, AssignmentNotebook, without_region

MAX_NOTEBOOK_BYTES = 20 * 2**20
MAX_FOLDER_BYTES = 200 * 2**20
MAX_FOLDER_FILES = 2000
MAX_FOLDER_DEPTH = 8
NBGRADER_SCHEMA = 3


class SubmissionUnreadable(ValueError):
    """The submission cannot be graded at all; the message says why (for the instructor)."""


@dataclass
class StudentCell:
    position: int  # 1-based cell number in the student's notebook, as JupyterLab shows it
    source: str
    grade_id: str | None = None  # set for the student's copy of a source solution cell


@dataclass
class SubmissionPlan:
    code_cells: list[StudentCell] = field(default_factory=list)  # run in the sandbox, in order
    solution_at: dict[str, int] = field(default_factory=dict)  # grade id -> index in code_cells
    missing_solutions: set[str] = field(default_factory=set)
    answers: dict[str, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------------------
# Reading files without following links
# ------------------------------------------------------------------------------------------


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file; never follows a symlink, never blocks on a FIFO."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        if path.is_symlink():
            raise SubmissionUnreadable(f"{path.name} is a symlink (not followed)") from None
        raise SubmissionUnreadable(f"{path.name} cannot be opened ({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SubmissionUnreadable(f"{path.name} is not a regular file")
        if info.st_size > limit:
            raise SubmissionUnreadable(f"{path.name} is {info.st_size:,} bytes (limit {limit:,})")
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise SubmissionUnreadable(f"{path.name} is over {limit:,} bytes")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_notebook(path: Path) -> tuple[nbformat.NotebookNode, list[str]]:
    """(notebook as nbformat 4, flags); SubmissionUnreadable when it cannot be graded."""
    flags = []
    data = read_regular_file(path, MAX_NOTEBOOK_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SubmissionUnreadable(f"the notebook is not UTF-8 text ({exc.reason})") from None
    try:
        raw = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        where = f" (line {exc.lineno}, column {exc.colno})" if hasattr(exc, "lineno") else ""
        raise SubmissionUnreadable(f"the notebook is not valid JSON{where}") from None
    if not isinstance(raw, dict):
        raise SubmissionUnreadable("the notebook's JSON is not an object")
    major = raw.get("nbformat")
    if major == 3:
        flags.append("nbformat v3 notebook converted to v4")
    elif major != 4:
        raise SubmissionUnreadable(f"nbformat {major!r} is not supported (expected 4, or 3)")
    try:
        with warnings.catch_warnings(), _quiet_nbformat():
            warnings.simplefilter("ignore")
            nb = nbformat.reads(text, as_version=4)
    except Exception as exc:  # noqa: BLE001 -- nbformat raises many types for bad input
        raise SubmissionUnreadable(f"nbformat cannot read it ({type(exc).__name__})") from None
    if not isinstance(nb.get("cells"), list):
        raise SubmissionUnreadable("the notebook has no list of cells")
    return nb, flags


@contextlib.contextmanager
def _quiet_nbformat():
    import logging

    logger = logging.getLogger("nbformat")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def copy_folder(src: Path, dst: Path, depth: int = 0, budget: list | None = None) -> list[str]:
    """Copy regular files and folders only; report (and skip) symlinks, FIFOs, devices."""
    budget = budget if budget is not None else [MAX_FOLDER_BYTES, MAX_FOLDER_FILES]
    flags = []
    dst.mkdir(parents=True, exist_ok=True)
    try:
        entries = sorted(os.scandir(src), key=lambda e: e.name)
    except OSError as exc:
        return [f"folder {src.name} cannot be listed ({exc.strerror})"]
    for entry in entries:
        shown = entry.name[:80]
        mode = entry.stat(follow_symlinks=False).st_mode
        if stat.S_ISLNK(mode):
            flags.append(f"symlink {shown} skipped (never followed)")
        elif stat.S_ISDIR(mode):
            if depth >= MAX_FOLDER_DEPTH:
                flags.append(f"folder {shown} skipped (nested too deeply)")
            else:
                flags += copy_folder(Path(entry.path), dst / entry.name, depth + 1, budget)
        elif stat.S_ISREG(mode):
            size = entry.stat(follow_symlinks=False).st_size
            if size > budget[0] or budget[1] <= 0:
                flags.append(f"file {shown} skipped (the folder is over its size or file limit)")
                continue
            try:
                data = read_regular_file(Path(entry.path), budget[0])
            except SubmissionUnreadable as exc:
                flags.append(f"file {shown} skipped ({exc})")
                continue
            budget[0] -= len(data)
            budget[1] -= 1
            (dst / entry.name).write_bytes(data)
        else:
            kind = "FIFO" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device"
            flags.append(f"{kind} {shown} skipped (not a regular file)")
    return flags


# ------------------------------------------------------------------------------------------
# Matching the student's cells to the source
# ------------------------------------------------------------------------------------------


def _normalise(code: str) -> str:
    return "\n".join(line.rstrip() for line in code.strip().splitlines() if line.strip())


def _cell_source(cell) -> str:
    source = cell.get("source", "")
    if isinstance(source, list):
        source = "".join(s for s in source if isinstance(s, str))
    return source if isinstance(source, str) else ""


def visible_tests(source: AssignmentNotebook, release: AssignmentNotebook | None) -> dict:
    """grade id -> the versions of a test cell a student may legitimately hold (normalised)."""
    visible = {}
    for test in source.test_cells:
        versions = {_normalise(without_region(test.source, BEGIN_HIDDEN, END_HIDDEN))}
        released = release.cell(test.grade_id) if release is not None else None
        if released is not None:
            versions.add(_normalise(released.source))
        visible[test.grade_id] = versions
    return visible


def plan_submission(  # noqa: C901 -- one check per kind of tampering, kept together
    source: AssignmentNotebook, release: AssignmentNotebook | None, nb
) -> SubmissionPlan:
    plan = SubmissionPlan()
    tests = {c.grade_id: c for c in source.test_cells}
    solutions = {c.grade_id: c for c in source.solution_cells}
    manual = {c.grade_id: c for c in source.manual_cells if c.cell_type == "markdown"}
    visible = visible_tests(source, release)
    by_visible_source = {v: gid for gid, versions in visible.items() for v in versions}
    seen: dict[str, int] = {}

    for number, cell in enumerate(nb.cells, start=1):
        if not isinstance(cell, dict):
            plan.flags.append(f"cell {number} is not a cell (ignored)")
            continue
        cell_type = cell.get("cell_type")
        code = _cell_source(cell)
        metadata = cell.get("metadata") if isinstance(cell.get("metadata"), dict) else {}
        meta = metadata.get("nbgrader")
        meta = meta if isinstance(meta, dict) else {}
        grade_id = meta.get("grade_id") if isinstance(meta.get("grade_id"), str) else None
        if meta and meta.get("schema_version", NBGRADER_SCHEMA) != NBGRADER_SCHEMA:
            plan.flags.append(
                f"cell {number} has nbgrader schema_version {str(meta.get('schema_version'))[:20]}"
                " (ignored)"
            )
        if grade_id is not None:
            seen[grade_id] = seen.get(grade_id, 0) + 1

        if grade_id in tests:
            if seen[grade_id] == 2:
                plan.flags.append(f"test cell {grade_id} was duplicated (the source's is used)")
            elif seen[grade_id] == 1:
                if _normalise(code) not in visible[grade_id]:
                    plan.flags.append(f"test cell {grade_id} was edited (restored from source)")
                _check_metadata(plan, grade_id, meta, tests[grade_id], cell_type)
            continue  # never run the student's copy of a test
        if cell_type == "code" and _normalise(code) in by_visible_source:
            original = by_visible_source[_normalise(code)]
            plan.flags.append(
                f"test cell {original} was renamed to {grade_id!r} (the source's is used)"
                if grade_id else f"test cell {original} lost its nbgrader metadata (ignored)"
            )  # fmt: skip
            continue
        if grade_id in solutions and cell_type == "code":
            if seen[grade_id] == 1:
                plan.solution_at[grade_id] = len(plan.code_cells)
                _check_metadata(plan, grade_id, meta, solutions[grade_id], cell_type)
                plan.code_cells.append(StudentCell(number, code, grade_id))
            else:
                plan.flags.append(f"solution cell {grade_id} appears more than once")
                plan.code_cells.append(StudentCell(number, code))
            continue
        if grade_id in manual:
            if seen[grade_id] == 1:
                plan.answers[grade_id] = code
                _check_metadata(plan, grade_id, meta, manual[grade_id], cell_type)
            else:
                plan.flags.append(f"answer cell {grade_id} appears more than once (first kept)")
            continue
        if grade_id is not None and (
            meta.get("grade") or meta.get("solution") or meta.get("locked")
        ):
            shown = grade_id[:60]
            if meta.get("grade") and not meta.get("solution"):
                plan.flags.append(f"cell {number} is a test cell {shown!r} unknown to the source"
                                  " (ignored)")  # fmt: skip
                continue
            plan.flags.append(f"cell {number} has grade id {shown!r}, unknown to the source")
        if cell_type == "code":
            plan.code_cells.append(StudentCell(number, code))

    for grade_id in tests:
        if grade_id not in seen:
            plan.flags.append(f"test cell {grade_id} was deleted (restored from source)")
    for grade_id in solutions:
        if grade_id not in plan.solution_at:
            plan.missing_solutions.add(grade_id)
            plan.flags.append(
                f"solution cell {grade_id} is missing (deleted, or its nbgrader metadata was "
                "changed): its exercise scores 0"
            )
    return plan


def _check_metadata(plan, grade_id, meta, original, cell_type) -> None:
    expected = {"grade": original.grade, "solution": original.solution}
    changed = [k for k, v in expected.items() if bool(meta.get(k)) != v]
    if original.grade and _as_float(meta.get("points")) != original.points:
        changed.append("points")
    if original.is_test and not meta.get("locked"):
        changed.append("locked")
    if cell_type != original.cell_type:
        changed.append("cell type")
    if changed:
        plan.flags.append(
            f"nbgrader metadata of {grade_id} was altered ({', '.join(changed)}); the source's "
            "is used"
        )


def _as_float(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
