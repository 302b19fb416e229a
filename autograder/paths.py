"""Where the course's folders are, and which assignments exist."""

from __future__ import annotations

import re
from pathlib import Path

COURSE_ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = COURSE_ROOT / "source"
RELEASE_DIR = COURSE_ROOT / "release"
CONFIG_FILE = COURSE_ROOT / "jupyter_config.py"
MUTATION_ALLOWLIST = SOURCE_DIR / "mutation_allowlist.toml"

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
