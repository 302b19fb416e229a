"""Passed audits, remembered by everything they checked, so an unchanged week is not audited
again (the audit is the slowest part of the test suite, and it grows with every week).

The key is a SHA-256 over the assignment's source, release and answer files, its entries in
the mutation allow-list, the course's settings, the tooling's own code (autograder/, and the
modules of datasets/ the week can import, with the registry; never the datasheets), the
versions of Python and of the packages that grade, and whether the sandbox is used. Any change
to any of them is a miss. Only audits without problems are stored, in two places:

* the machine's cache, $SMCM_AUDIT_CACHE (default ~/.cache/smcm/audit), for every audit;
* the course's record, tests/audit_records/<assignment>.json, for full audits (mutation
  analysis included): committed with the content it audited, so that a clean clone (CI) audits
  only the weeks whose content, tooling or packages changed since their record was made. A
  record whose key does not match is ignored; `smcm audit` writes a new one when the week
  passes.

SMCM_AUDIT_CACHE=off, or `smcm audit --fresh`, audits everything afresh (and reads neither).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
from dataclasses import asdict
from importlib import metadata
from pathlib import Path

from .paths import (
    ANSWERS_DIR,
    AUDIT_RECORDS_DIR,
    CONFIG_FILE,
    COURSE_ROOT,
    MUTATION_ALLOWLIST,
    RELEASE_DIR,
    SOURCE_DIR,
)

GRADING_PACKAGES = (
    "nbgrader", "nbclient", "nbconvert", "ipykernel", "ipython", "numpy", "pandas", "networkx",
    "scipy", "scikit-learn", "matplotlib", "cloudpickle", "statsmodels", "ruptures",
    "textblob", "vaderSentiment",
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
    add("python", f"{platform.python_implementation()} {platform.python_version()}".encode())
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
        # The data layer's registry and the code this week can reach; its datasheets (prose)
        # and modules the week cannot import change no audit of it.
        *_data_layer_files(assignment),
        CONFIG_FILE,
        COURSE_ROOT / "pyproject.toml",
    ]
    for path in files:
        if path.is_file():
            add(str(path.relative_to(COURSE_ROOT)), path.read_bytes())
    # This week's entries of the shared allow-list only: another week's entry changes nothing.
    add("allow-list", json.dumps(_allowed_for(assignment), sort_keys=True).encode())
    return digest.hexdigest()


# Names of the data layer's modules in code: `smcm_data.scenario`, `from . import hawkes`,
# `from .scenario_types import ...`, `from smcm_data import load, scenario`.
_DOTTED = re.compile(r"\bsmcm_data\.([A-Za-z_]\w*)")
_FROM_PACKAGE = re.compile(r"\bfrom\s+(?:smcm_data|\.)\s+import\s+\(?([\w\s,]+)")
_RELATIVE = re.compile(r"\bfrom\s+\.([A-Za-z_]\w*)\s+import\b")


def _modules_named(text: str) -> set[str]:
    names = set(_DOTTED.findall(text)) | set(_RELATIVE.findall(text))
    for group in _FROM_PACKAGE.findall(text):
        names |= {part.split()[0] for part in group.split(",") if part.split()}
    return names


def _data_layer_files(assignment: str) -> list[Path]:
    """The data layer's registry and every module this week's files can import: the package
    itself (its __init__ and what that imports) and each smcm_data module named in the week's
    source, release or answers, with their own imports, followed transitively (imports inside
    functions count too). Over-approximate on purpose: a name that merely looks like a module
    adds a file, never removes one. Without a package __init__, every module counts."""
    package = COURSE_ROOT / "datasets"
    modules = {p.stem: p for p in package.glob("*.py")}
    if "__init__" not in modules:
        return [*modules.values(), *package.glob("*.toml")]
    week_text = "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for folder in (SOURCE_DIR, RELEASE_DIR, ANSWERS_DIR)
        for p in _files(folder / assignment)
    )
    todo = ["__init__", *(_modules_named(week_text) & modules.keys())]
    reached: set[str] = set()
    while todo:
        name = todo.pop()
        if name in reached:
            continue
        reached.add(name)
        code = modules[name].read_text(encoding="utf-8", errors="replace")
        todo += sorted(_modules_named(code) & modules.keys())
    return [*(modules[name] for name in sorted(reached)), *sorted(package.glob("*.toml"))]


def _allowed_for(assignment: str) -> list:
    import tomllib

    if not MUTATION_ALLOWLIST.is_file():
        return []
    entries = tomllib.loads(MUTATION_ALLOWLIST.read_text()).get("equivalent", [])
    return sorted((e for e in entries if e.get("assignment") == assignment),
                  key=lambda e: json.dumps(e, sort_keys=True))  # fmt: skip


def _record_path(assignment: str) -> Path:
    return AUDIT_RECORDS_DIR / f"{assignment}.json"


def _entries(assignment: str, key: str) -> list[tuple[str, Path]]:
    folder = cache_dir()
    if folder is None:
        return []
    return [("cache", folder / f"{assignment}-{key}.json"), ("record", _record_path(assignment))]


def load(assignment: str, key: str):
    """The audit remembered for this key (the machine's cache, then the course's record), or
    None."""
    from .audit import AssignmentAudit, DifferentialRow, ExerciseAudit

    for source, path in _entries(assignment, key):
        if not path.is_file():
            continue
        try:
            data = json.loads(path.read_text())
            if source == "record":
                if data.get("key") != key:
                    continue  # recorded for other content, tooling or packages
                data = data["audit"]
            data["exercises"] = [ExerciseAudit(**e) for e in data["exercises"]]
            data["differential"] = [DifferentialRow(**d) for d in data["differential"]]
            audit = AssignmentAudit(**data)
        except (OSError, ValueError, TypeError, KeyError):
            continue  # an unreadable or outdated entry is a miss, never a result
        audit.cached = source
        return audit
    return None


def _write(target: Path, data: dict) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    partial.replace(target)


def store(audit, key: str, full: bool) -> None:
    """Remember a passed audit (never one with problems); a full one also in the record."""
    folder = cache_dir()
    if folder is None or not audit.ok:
        return
    data = asdict(audit)
    data["cached"] = ""
    _write(folder / f"{audit.assignment}-{key}.json", data)
    if full:
        _write(_record_path(audit.assignment), {"key": key, "audit": data})
