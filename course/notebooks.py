"""Find the weekly notebooks, prepare them for an edition, execute them (cached) and vet errors.

Editions:
- student: the release notebook, exactly what a student receives. Its exercise stubs raise
  NotImplementedError by design, so cells that call a student's function fail. Those errors,
  and only those, are allowed: any other error fails the build. Their long tracebacks are
  replaced by one line saying that the cell runs once the exercise is answered.
- solutions: the source notebook with the hidden tests cut out; no error is allowed.

Execution is cached by the hash of the prepared notebook and the other files of its folder, in
course/_build/exec-cache/ (git-ignored; $SMCM_SITE_EXEC_CACHE moves it), so a rebuild executes
only what changed.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from .syllabus import WEEK_ID

REPO_ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = Path(
    os.environ.get("SMCM_SITE_EXEC_CACHE") or REPO_ROOT / "course" / "_build" / "exec-cache"
)
EDITIONS = ("student", "solutions")
ALLOWED_STUDENT_ERROR = "NotImplementedError"
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")  # colours in kernel tracebacks
HIDDEN_BEGIN = "### BEGIN HIDDEN TESTS"
HIDDEN_END = "### END HIDDEN TESTS"
LEAK_MARKERS = (HIDDEN_BEGIN, "### BEGIN SOLUTION")
STUB_NOTE = (
    "NotImplementedError: this cell calls a function from an exercise. It runs once you have "
    "written that function in your own copy of the notebook."
)
# Bumped when preparation or error handling changes, so old cache entries are not reused.
CACHE_VERSION = "2"
# Figures must come out as PNG outputs even when the caller set MPLBACKEND=Agg (the test
# suite does), so the kernel always gets Jupyter's inline backend.
INLINE_BACKEND = "module://matplotlib_inline.backend_inline"


class NotebookBuildError(RuntimeError):
    """A notebook errored where it must not; the message names the notebook and the cell."""


@dataclass(frozen=True)
class WeekNotebook:
    week_id: str
    path: Path  # the notebook to render for the edition

    @property
    def folder(self) -> Path:
        return self.path.parent


def discover(edition: str, root: Path = REPO_ROOT) -> dict[str, WeekNotebook]:
    """Notebooks of the edition, keyed by week id: release/ for students, source/ for solutions."""
    base = root / ("release" if edition == "student" else "source")
    found = {}
    for path in sorted(base.glob("w[0-9][0-9]_*/w[0-9][0-9]_*.ipynb")):
        week_id = path.parent.name
        if WEEK_ID.match(week_id) and path.stem == week_id:
            found[week_id] = WeekNotebook(week_id, path)
    return found


def discover_sources(root: Path = REPO_ROOT) -> set[str]:
    """Weeks whose instructor notebook exists (written, possibly not released yet)."""
    return set(discover("solutions", root))


def strip_hidden_tests(source: str) -> str:
    """Drop every line from HIDDEN_BEGIN to HIDDEN_END inclusive."""
    kept, hidden = [], False
    for line in source.splitlines(keepends=True):
        marker = line.strip()
        if marker == HIDDEN_BEGIN:
            hidden = True
        elif marker == HIDDEN_END:
            hidden = False
        elif not hidden:
            kept.append(line)
    if hidden:
        raise NotebookBuildError(f"'{HIDDEN_BEGIN}' without '{HIDDEN_END}'")
    return "".join(kept).rstrip("\n")


def prepare(notebook: nbformat.NotebookNode, edition: str) -> nbformat.NotebookNode:
    """A copy without outputs; for solutions, hidden tests removed (they never reach a reader).

    A release notebook that still holds a solution or a hidden test is refused rather than
    cleaned: the student edition shows exactly what students receive.
    """
    prepared = nbformat.from_dict(notebook)
    for index, cell in enumerate(prepared.cells):
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        if edition == "solutions":
            cell.source = strip_hidden_tests(cell.source)
        elif any(marker in cell.source for marker in LEAK_MARKERS):
            raise NotebookBuildError(
                f"cell {index} of a release notebook holds a solution or hidden test: "
                "regenerate release/ with `smcm build`"
            )
    return prepared


def _cache_key(notebook: nbformat.NotebookNode, folder: Path, edition: str) -> str:
    digest = hashlib.sha256(f"{CACHE_VERSION}:{edition}:".encode())
    digest.update(nbformat.writes(notebook).encode())
    for extra in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix != ".ipynb"):
        digest.update(str(extra.relative_to(folder)).encode())
        digest.update(extra.read_bytes())
    return digest.hexdigest()


def vet_errors(notebook: nbformat.NotebookNode, edition: str, name: str) -> None:
    """Fail on any error output except a student stub's NotImplementedError; shorten those."""
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.output_type != "error":
                continue
            if edition == "student" and output.ename == ALLOWED_STUDENT_ERROR:
                output.traceback = [STUB_NOTE]
                continue
            raise NotebookBuildError(
                f"{name}, cell {index}: {output.ename}: {output.evalue}\n"
                f"(only the student edition's NotImplementedError stubs may error)\n"
                + ANSI_ESCAPE.sub("", "\n".join(output.traceback[-5:]))
            )


def execute(
    week: WeekNotebook, edition: str, cache_dir: Path = CACHE_DIR, timeout: int = 120
) -> nbformat.NotebookNode:
    """The executed, vetted notebook, from the cache when its inputs have not changed."""
    prepared = prepare(nbformat.read(week.path, as_version=4), edition)
    key = _cache_key(prepared, week.folder, edition)
    cached = cache_dir / f"{week.week_id}-{edition}-{key[:16]}.ipynb"
    if cached.is_file():
        executed = nbformat.read(cached, as_version=4)
    else:
        with tempfile.TemporaryDirectory(prefix=f"smcm-site-{week.week_id}-") as tmp:
            # Run in a copy of the folder so that files a notebook writes never land in
            # source/ or release/.
            workdir = Path(tmp) / week.week_id
            shutil.copytree(week.folder, workdir, ignore=shutil.ignore_patterns("*.ipynb"))
            client = NotebookClient(
                prepared,
                timeout=timeout,
                kernel_name="python3",
                allow_errors=True,
                resources={"metadata": {"path": str(workdir)}},
            )
            # The kernel gets its own environment: notebooks execute in parallel threads.
            executed = client.execute(env={**os.environ, "MPLBACKEND": INLINE_BACKEND})
        cache_dir.mkdir(parents=True, exist_ok=True)
        for stale in cache_dir.glob(f"{week.week_id}-{edition}-*.ipynb"):
            stale.unlink()
        nbformat.write(executed, cached)
    vet_errors(executed, edition, str(week.path.relative_to(week.path.parents[2])))
    return executed
