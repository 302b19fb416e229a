"""Build the student versions in release/ with nbgrader's own generate_assignment.

nbgrader needs a course folder with a gradebook; we give it a throwaway one so that building
never touches an instructor's gradebook, then copy the result into release/. Rebuilding an
unchanged source gives byte-identical files, so `check_release` can prove release/ is in sync.
"""

from __future__ import annotations

import filecmp
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbgrader.apps import NbGraderAPI
from tqdm import tqdm

from .config import load_course_config
from .paths import RELEASE_DIR, SOURCE_DIR, assignments, source_notebook


class BuildError(RuntimeError):
    pass


@dataclass
class BuildResult:
    assignment: str
    changed: list[str] = field(default_factory=list)  # relative paths written or removed


def check_source_is_clean(path: Path) -> None:
    """Source notebooks are stored without outputs, so diffs stay readable and nothing leaks."""
    nb = nbformat.read(path, as_version=4)
    dirty = [
        i
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count"))
    ]
    if dirty:
        raise BuildError(
            f"{path}: cells {dirty} have outputs or execution counts; clear them "
            "(JupyterLab: Edit > Clear All Outputs) before building"
        )


def generate_student_version(assignment: str, out_dir: Path, source_dir: Path = SOURCE_DIR) -> Path:
    """Run nbgrader's generate_assignment in a temporary course; return the release folder."""
    check_source_is_clean(source_notebook(assignment, source_dir))
    course = out_dir / "course"
    shutil.copytree(source_dir / assignment, course / "source" / assignment)
    config = load_course_config()
    config.CourseDirectory.root = str(course)
    config.CourseDirectory.db_url = f"sqlite:///{course / 'gradebook.db'}"
    config.NbGraderAPI.log_level = "WARN"
    api = NbGraderAPI(config=config)
    result = api.generate_assignment(assignment, force=True, create=True)
    if not result.get("success"):
        raise BuildError(
            f"source/{assignment}: nbgrader generate_assignment failed:\n"
            f"{result.get('error') or result.get('log')}"
        )
    return course / "release" / assignment


def _files(folder: Path) -> set[str]:
    if not folder.exists():
        return set()
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def diff_folders(built: Path, committed: Path) -> list[str]:
    """Relative paths that differ between two folders (added, removed or changed)."""
    new, old = _files(built), _files(committed)
    changed = sorted(new ^ old)
    changed += sorted(
        p for p in new & old if not filecmp.cmp(built / p, committed / p, shallow=False)
    )
    return changed


def build(names: list[str] | None = None, release_dir: Path = RELEASE_DIR) -> list[BuildResult]:
    """Write the student version of each assignment into release/, changing only what differs."""
    names = names or assignments()
    results = []
    with tempfile.TemporaryDirectory(prefix="smcm-build-") as tmp:
        for name in tqdm(names, desc="building student versions", unit="assignment"):
            built = generate_student_version(name, Path(tmp) / name)
            target = release_dir / name
            changed = diff_folders(built, target)
            if changed:
                if target.exists():
                    shutil.rmtree(target)
                shutil.copytree(built, target)
            results.append(BuildResult(name, changed))
    return results


def check_release(names: list[str] | None = None, release_dir: Path = RELEASE_DIR) -> dict:
    """{assignment: [differing paths]} for every assignment whose release/ is out of date."""
    names = names or assignments()
    stale = {}
    with tempfile.TemporaryDirectory(prefix="smcm-check-") as tmp:
        for name in names:
            built = generate_student_version(name, Path(tmp) / name)
            changed = diff_folders(built, release_dir / name)
            if changed:
                stale[name] = changed
    if release_dir.exists():
        # A release folder whose source is gone is stale too (only when checking them all).
        everything = set(assignments())
        stale.update(
            {
                p.name: ["(no source)"]
                for p in release_dir.iterdir()
                if p.is_dir() and p.name not in everything
            }
        )
    return stale
