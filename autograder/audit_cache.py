"""Passed audits, remembered by everything they checked, so an unchanged week is not audited
again (the audit is the slowest part of the test suite, and it grows with every week).

The key is a SHA-256 over the assignment's source, release and answer files, the mutation
allow-list, the course's settings, the tooling's own code (autograder/, datasets/), the
versions of Python and of the packages that grade, and whether the sandbox is used. Any change
to any of them is a miss. Only audits without problems are stored. The cache lives in
$SMCM_AUDIT_CACHE (default ~/.cache/smcm/audit); SMCM_AUDIT_CACHE=off, or `smcm audit --fresh`,
audits everything afresh.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import asdict
from importlib import metadata
from pathlib import Path

from .paths import (
    ANSWERS_DIR,
    CONFIG_FILE,
    COURSE_ROOT,
    MUTATION_ALLOWLIST,
    RELEASE_DIR,
    SOURCE_DIR,
)

GRADING_PACKAGES = (
    "nbgrader", "nbclient", "nbconvert", "ipykernel", "ipython", "numpy", "pandas", "networkx",
    "scipy", "scikit-learn", "matplotlib", "cloudpickle",
)  # fmt: skip


def cache_dir() -> Path | None:
    setting = os.environ.get("SMCM_AUDIT_CACHE", "")
    if setting.lower() in ("off", "0", "no"):
        return None
    return Path(setting) if setting else Path.home() / ".cache" / "smcm" / "audit"


def _files(folder: Path) -> list[Path]:
    if not folder.exists():
        return []
    skip = {"__pycache__", ".ipynb_checkpoints"}
    return sorted(p for p in folder.rglob("*") if p.is_file() and not skip & set(p.parts))


def audit_key(assignment: str, mutation: bool) -> str:
    from .grading.sandbox import bwrap_path

    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)

    add("mutation", str(mutation).encode())
    add("sandbox", str(bwrap_path() is not None).encode())
    add("python", sys.version.encode())
    for package in GRADING_PACKAGES:
        try:
            add(package, metadata.version(package).encode())
        except metadata.PackageNotFoundError:
            add(package, b"-")
    files = [
        *_files(SOURCE_DIR / assignment),
        *_files(RELEASE_DIR / assignment),
        *_files(ANSWERS_DIR / assignment),
        *_files(COURSE_ROOT / "autograder"),
        *_files(COURSE_ROOT / "datasets"),
        MUTATION_ALLOWLIST,
        CONFIG_FILE,
        COURSE_ROOT / "pyproject.toml",
    ]
    for path in files:
        if path.is_file():
            add(str(path.relative_to(COURSE_ROOT)), path.read_bytes())
    return digest.hexdigest()


def load(assignment: str, key: str):
    """The cached audit for this key, or None."""
    from .audit import AssignmentAudit, DifferentialRow, ExerciseAudit

    folder = cache_dir()
    path = folder / f"{assignment}-{key}.json" if folder else None
    if path is None or not path.is_file():
        return None
    try:
        data = json.loads(path.read_text())
        data["exercises"] = [ExerciseAudit(**e) for e in data["exercises"]]
        data["differential"] = [DifferentialRow(**d) for d in data["differential"]]
        audit = AssignmentAudit(**data)
    except (OSError, ValueError, TypeError, KeyError):
        return None  # an unreadable or outdated entry is a miss, never a result
    audit.cached = True
    return audit


def store(audit, key: str) -> None:
    """Remember a passed audit (never one with problems)."""
    folder = cache_dir()
    if folder is None or not audit.ok:
        return
    folder.mkdir(parents=True, exist_ok=True)
    data = asdict(audit)
    data["cached"] = False
    target = folder / f"{audit.assignment}-{key}.json"
    partial = target.with_suffix(".partial")
    partial.write_text(json.dumps(data))
    partial.replace(target)
