"""Where the course's folders are, and which assignments exist."""

from __future__ import annotations

import re
from pathlib import Path

COURSE_ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = COURSE_ROOT / "source"
RELEASE_DIR = COURSE_ROOT / "release"
CONFIG_FILE = COURSE_ROOT / "jupyter_config.py"
MUTATION_ALLOWLIST = SOURCE_DIR / "mutation_allowlist.toml"
# Independent answers to each autograded exercise, never given to students:
# tests/answers/<assignment>/<exercise>/correct_<label>.py (must pass the exercise's test cell)
# and .../wrong_<label>.py (a realistic mistake; must fail it). Beside the tests, not in
# source/: nbgrader's formgrader lists every folder of source/ as an assignment.
ANSWERS_DIR = COURSE_ROOT / "tests" / "answers"
# Full audits that passed, committed with the content they audited (audit_cache.py).
AUDIT_RECORDS_DIR = COURSE_ROOT / "tests" / "audit_records"
ANSWER_KINDS = ("correct", "wrong")

# Weekly assignments sort in course order: w01_orientation, w02_centrality, ...
ASSIGNMENT_NAME = re.compile(r"^w\d{2}_[a-z0-9_]+$")


def assignments(source_dir: Path = SOURCE_DIR) -> list[str]:
    """Names of the assignments in source/, in course order."""
    return sorted(
        p.name for p in source_dir.iterdir() if p.is_dir() and ASSIGNMENT_NAME.match(p.name)
    )


def source_notebook(assignment: str, source_dir: Path = SOURCE_DIR) -> Path:
    """The one notebook of an assignment: source/wNN_topic/wNN_topic.ipynb."""
    path = source_dir / assignment / f"{assignment}.ipynb"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: an assignment folder must hold {path.name}")
    return path


def release_notebook(assignment: str, release_dir: Path = RELEASE_DIR) -> Path:
    return release_dir / assignment / f"{assignment}.ipynb"


def answer_files(assignment: str, answers_dir: Path = ANSWERS_DIR) -> dict[str, list[Path]]:
    """{exercise grade id: [answer files]} for one assignment, sorted; {} if it has none.

    Every file found is listed, including misnamed ones, so that the audit can report them."""
    folder = answers_dir / assignment
    if not folder.is_dir():
        return {}
    return {
        exercise.name: sorted(p for p in exercise.iterdir() if p.is_file())
        for exercise in sorted(folder.iterdir())
        if exercise.is_dir() and not exercise.name.startswith((".", "__"))
    }


def answer_kind(path: Path) -> str | None:
    """ "correct" or "wrong" for a well-named answer file, None otherwise."""
    if path.suffix != ".py":
        return None
    kind, _, label = path.stem.partition("_")
    return kind if kind in ANSWER_KINDS and label else None
