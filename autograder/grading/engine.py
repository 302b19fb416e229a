"""Grade one submission in a sandbox, with a verdict the student's code cannot reach.

`grade_submission` is the only entry point (see SANDBOX.md for the design):

1. read the student's notebook without trusting it (submission.py): no symlinks or FIFOs
   followed, size caps, invalid JSON or nbformat v3 handled, cells matched to the SOURCE
   notebook by grade id, every edited/deleted/duplicated/renamed test cell and altered
   metadata reported as a flag;
2. copy the student's folder (regular files only) into a private temporary folder;
3. hand it to a warm trusted server for the assignment (trusted.py) that forks one grading
   child per submission: the child runs the source's set-up and test cells itself and calls
   the student's functions in a bubblewrap sandbox (sandbox.py, sandbox_runner.py), whose
   answers come back as plain values (safe_codec.py).

Marks come from the source notebook's metadata; each test cell is all-or-nothing.
"""

from __future__ import annotations

import atexit
import json
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from ..config import GradingSettings
from ..notebook import AssignmentNotebook
from ..paths import COURSE_ROOT, RELEASE_DIR, SOURCE_DIR, release_notebook, source_notebook
from .sandbox import SandboxUnavailable, check_bwrap
from .submission import SubmissionUnreadable, copy_folder, plan_submission, read_notebook

__all__ = ["CellResult", "SubmissionResult", "SandboxUnavailable", "grade_submission"]

SERVER_START_SECONDS = 300.0
# What every sandbox must be able to import before a student's cell runs (else: grader error).
SANDBOX_PACKAGES = ("IPython", "numpy", "pandas", "networkx", "scipy", "sklearn", "matplotlib",
                    "cloudpickle", "smcm_data")  # fmt: skip


@dataclass
class CellResult:
    grade_id: str
    score: float | None  # None: graded by hand
    max_score: float
    message: str  # student-safe: never hidden tests, tracebacks or files outside their folder


@dataclass
class SubmissionResult:
    assignment: str
    student: str
    cells: list[CellResult]
    flags: list[str]  # for the instructor
    status: str  # "graded" | "failed"
    seconds: float
    answers: dict[str, str] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)  # for the instructor's grading log only

    @property
    def total(self) -> float:
        return float(sum(c.score for c in self.cells if c.score is not None))


# ------------------------------------------------------------------------------------------
# Warm trusted servers: one per assignment per process (more when threads grade at once)
# ------------------------------------------------------------------------------------------


class ServerFailed(RuntimeError):
    def __init__(self, message: str, stderr: str = ""):
        super().__init__(message)
        self.stderr = stderr  # the tail of the server's error output, for the grading log


class WarmServer:
    """`python -m autograder.grading.trusted SOURCE`: set-up cells done, forks per request."""

    def __init__(self, source_path: Path):
        self.key = _source_key(source_path)
        # Its error output goes to a file: quiet while all is well, in the log when not.
        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115 -- lives as long as the server
        self.process = subprocess.Popen(
            [sys.executable, "-m", "autograder.grading.trusted", str(source_path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr,
            cwd=COURSE_ROOT, text=True, bufsize=1,
        )  # fmt: skip
        ready = self._read_line(SERVER_START_SECONDS)
        self.setup_errors = list(ready.get("setup_errors", []))

    def _read_line(self, timeout: float) -> dict:
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        line = self.process.stdout.readline() if ready else ""
        if not line:
            self.close()
            raise ServerFailed(
                "the grading server stopped" if ready else "the server timed out",
                self.error_output(),
            )
        return json.loads(line)

    def error_output(self, limit: int = 4000) -> str:
        try:
            self.stderr.seek(0, 2)
            size = self.stderr.tell()
            self.stderr.seek(max(size - limit, 0))
            return self.stderr.read().decode(errors="replace")
        except (OSError, ValueError):
            return ""

    def grade(self, request: dict, timeout: float) -> dict:
        try:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
        except OSError:
            self.close()
            raise ServerFailed("the grading server stopped", self.error_output()) from None
        return self._read_line(timeout)

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


_idle: dict[tuple, list[WarmServer]] = {}
_lock = threading.Lock()


def _source_key(path: Path) -> tuple:
    info = path.stat()
    return (str(path.resolve()), info.st_mtime_ns, info.st_size)


def _checkout(source_path: Path) -> WarmServer:
    key = _source_key(source_path)
    with _lock:
        for stale in [k for k in _idle if k[0] == key[0] and k != key]:
            for server in _idle.pop(stale):
                server.close()
        while _idle.get(key):
            server = _idle[key].pop()
            if server.alive:
                return server
    return WarmServer(source_path)


def _checkin(server: WarmServer) -> None:
    with _lock:
        _idle.setdefault(server.key, []).append(server)


def shutdown_servers() -> None:
    """Stop this process's warm servers (they also stop when this process ends)."""
    with _lock:
        servers = [s for group in _idle.values() for s in group]
        _idle.clear()
    for server in servers:
        server.close()


# ------------------------------------------------------------------------------------------
# grade_submission
# ------------------------------------------------------------------------------------------


def _settings_dict(settings: GradingSettings) -> dict:
    return {
        "cell_timeout": settings.cell_timeout,
        "notebook_timeout": settings.notebook_timeout,
        "memory_limit_mb": settings.memory_limit_mb,
        "max_processes": settings.max_processes,
        "output_limit_bytes": settings.output_limit_bytes,
    }


def _empty_cells(source: AssignmentNotebook) -> list[CellResult]:
    cells = []
    for cell in source.graded:
        if cell.is_test:
            cells.append(CellResult(cell.grade_id, 0.0, cell.points, "not graded"))
        elif cell.is_manual:
            cells.append(CellResult(cell.grade_id, None, cell.points, ""))
    return cells


def grade_submission(
    assignment: str,
    student: str,
    notebook_path: Path,
    *,
    settings: GradingSettings | None = None,
    unsafe: bool = False,
    source_dir: Path = SOURCE_DIR,
    release_dir: Path = RELEASE_DIR,
) -> SubmissionResult:
    """Grade one student's notebook for `assignment`; never raises for a bad submission.

    Raises SandboxUnavailable when bwrap cannot run and unsafe is False. `notebook_path`'s
    folder must hold this student's files only (nbgrader's submitted/<student>/<assignment>/
    layout): all of its regular files are visible to the student's code.
    """
    started = time.monotonic()
    settings = settings if settings is not None else GradingSettings.from_config()
    if not unsafe:
        check_bwrap()
    notebook_path = Path(notebook_path)
    source_path = source_notebook(assignment, source_dir)
    source = AssignmentNotebook.read(source_path)
    release_path = release_notebook(assignment, release_dir)
    release = AssignmentNotebook.read(release_path) if release_path.is_file() else None
    cells = _empty_cells(source)
    log: list[str] = []
    try:
        status, flags, answers = _grade(
            assignment, notebook_path, settings, unsafe, source_path, source, release, cells, log
        )
    except Exception as exc:  # noqa: BLE001 -- one submission's trouble never ends a batch
        status, flags, answers = "failed", [f"grader error: {type(exc).__name__}: {exc}"[:300]], {}
        log.append(traceback.format_exc()[-3000:])
    seconds = round(time.monotonic() - started, 3)
    return SubmissionResult(assignment, student, cells, flags, status, seconds, answers, log)


def _grade(assignment, notebook_path, settings, unsafe, source_path, source, release, cells, log):
    """(status, flags, answers); fills in `cells` (one per graded cell of the source) and
    `log` (the grading steps and any grader-side error, for the instructor)."""
    flags: list[str] = []
    if notebook_path.name != f"{assignment}.ipynb":
        flags.append(
            f"notebook file name {notebook_path.name[:80]!r} (expected {assignment}.ipynb)"
        )
    try:
        nb, read_flags = read_notebook(notebook_path)
    except SubmissionUnreadable as exc:
        return "failed", [*flags, f"cannot read the notebook: {exc}"], {}
    flags += read_flags
    plan = plan_submission(source, release, nb)
    flags += plan.flags

    workdir = Path(tempfile.mkdtemp(prefix="smcm-grade-"))
    try:
        copy = workdir / "submission"
        flags += copy_folder(notebook_path.parent, copy)
        request = {
            "assignment": assignment,
            "submission_copy": str(copy),
            "unsafe": bool(unsafe),
            "settings": _settings_dict(settings),
            "code_cells": [
                {"position": c.position, "source": c.source, "grade_id": c.grade_id}
                for c in plan.code_cells
            ],
            "solution_at": plan.solution_at,
            # a module of the student's could read the notebook's namespace (pruning.py)
            "student_modules": any(p.suffix == ".py" for p in copy.rglob("*")),
            "missing_solutions": sorted(plan.missing_solutions),
            "packages": list(SANDBOX_PACKAGES),
            "result_path": str(workdir / "result.json"),
        }
        outcome, problem = _run_on_server(source_path, request, settings, log)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if outcome is None:
        return "failed", [*flags, problem], plan.answers
    log += [str(s) for s in outcome.get("steps", [])]
    if "fault" in outcome:  # the grader's own machinery failed: never a mark
        return "failed", [*flags, f"grader error: {outcome['fault']}"], plan.answers
    results = outcome.get("results", {})
    for cell in cells:
        if cell.score is not None and cell.grade_id in results:
            cell.score, cell.message = results[cell.grade_id]
    return "graded", flags + outcome.get("flags", []), plan.answers


def _run_on_server(
    source_path: Path, request: dict, settings, log: list[str]
) -> tuple[dict | None, str]:
    """(the child's outcome, "") or (None, why grading failed); retries once on a dead server."""
    # Up to two attempts on the server: it grades again without kept set-up tables when a test
    # cell changed one (trusted.py), each attempt under the notebook time limit.
    timeout = 2 * float(settings.notebook_timeout) + 2 * SERVER_START_SECONDS
    result_path = Path(request["result_path"])
    problem = "the grading process failed"
    for _ in range(2):
        try:
            server = _checkout(source_path)
        except ServerFailed as exc:
            problem = f"the grading server did not start ({exc})"
            log.append(f"{problem}; its error output:\n{exc.stderr}".rstrip())
            continue
        if server.setup_errors:
            server.close()
            return None, "the source notebook's set-up failed: " + "; ".join(server.setup_errors)
        try:
            reply = server.grade(request, timeout)
        except ServerFailed as exc:
            problem = f"the grading server stopped ({exc})"
            log.append(f"{problem}; its error output:\n{exc.stderr}".rstrip())
            continue
        _checkin(server)
        if reply.get("timed_out"):
            return None, f"the notebook time limit was exceeded ({settings.notebook_timeout:g} s)"
        if reply.get("status") == 0 and result_path.is_file():
            return json.loads(result_path.read_text()), ""
        error_file = Path(str(result_path) + ".error")
        trace = error_file.read_text().strip() if error_file.is_file() else ""
        detail = trace.splitlines()[-1][:200] if trace else ""
        if trace:
            log.append(f"the grading process failed:\n{trace}")
        return None, f"the grading process failed (exit {reply.get('status')}) {detail}".strip()
    return None, problem


atexit.register(shutdown_servers)
