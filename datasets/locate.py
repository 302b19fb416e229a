"""Find a registered file on disk and check its sha256 before anything reads it.

Search order (first folder holding the file wins):
1. the folder named by the environment variable SMCM_DATA_DIR;
2. ``../shared/data`` beside the project root, found from this package's location and from the
   current working directory and its parents (a notebook may run from any subfolder);
3. the user's cache folder, where ``smcm-data fetch`` puts downloads (SMCM_DATA_CACHE overrides).

A file found in an earlier folder is never silently replaced by a later one: if its checksum is
wrong the load fails, so a corrupt copy cannot hide behind a good one.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from .errors import ChecksumMismatchError, DataFileMissingError
from .registry import DataFile, Dataset

ENV_DATA_DIR = "SMCM_DATA_DIR"
ENV_CACHE_DIR = "SMCM_DATA_CACHE"
PACKAGE_DIR = Path(__file__).resolve().parent

# sha256 of files already hashed in this process, keyed by (path, size, mtime): hashing each
# file once keeps repeated loads fast while an edited or replaced file is hashed again.
_verified: dict[tuple[str, int, int], str] = {}


def user_cache_dir() -> Path:
    """Per-user cache folder for fetched files (the platformdirs convention, without the dep)."""
    if os.environ.get(ENV_CACHE_DIR):
        return Path(os.environ[ENV_CACHE_DIR]).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "smcm-data" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "smcm-data"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "smcm-data"


def _shared_candidates() -> list[Path]:
    """``<root>/../shared/data`` for the package's project root and for cwd and its parents."""
    roots = [PACKAGE_DIR.parent]
    cwd = Path.cwd().resolve()
    roots += [cwd, *cwd.parents]
    found: list[Path] = []
    for root in roots:
        candidate = (root.parent / "shared" / "data").resolve()
        if candidate.is_dir() and candidate not in found:
            found.append(candidate)
    return found


def search_folders() -> list[Path]:
    """The folders searched for data, in order (the env-var folder even if it does not exist)."""
    folders: list[Path] = []
    if os.environ.get(ENV_DATA_DIR):
        folders.append(Path(os.environ[ENV_DATA_DIR]).expanduser().resolve())
    for folder in [*_shared_candidates(), user_cache_dir()]:
        if folder not in folders:
            folders.append(folder)
    return folders


def fetch_command(dataset: Dataset) -> str:
    return f"smcm-data fetch {dataset.name}"


def find(dataset: Dataset, data_file: DataFile) -> Path:
    """Path of the first copy of `data_file` in the search folders, else a missing-file error."""
    folders = search_folders()
    for folder in folders:
        path = folder / dataset.name / data_file.name
        if path.is_file():
            return path
    searched = "\n".join(f"  - {folder / dataset.name}" for folder in folders)
    if not _shared_candidates():
        searched += "\n  (no ../shared/data beside the project root or the working directory)"
    if data_file.origin is not None:
        how = (
            f"Fetch it with:\n  {fetch_command(dataset)}\n"
            f"(or: python -m smcm_data fetch {dataset.name})"
        )
    else:
        how = (
            f"It cannot be downloaded byte-identically ({data_file.derivation}); "
            f"`{fetch_command(dataset)}` explains how to rebuild it. Or point "
            f"{ENV_DATA_DIR} at a folder that holds {dataset.name}/{data_file.name}."
        )
    raise DataFileMissingError(
        f"data file {dataset.name}/{data_file.name} not found. Folders searched:\n{searched}\n{how}"
    )


def sha256_of(path: Path) -> str:
    """sha256 of a file, computed once per process for a given (path, size, mtime)."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key not in _verified:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        _verified[key] = digest.hexdigest()
    return _verified[key]


def check(path: Path, data_file: DataFile) -> Path:
    """Raise unless the file at `path` has the registered size and sha256."""
    size = path.stat().st_size
    if size != data_file.bytes:
        raise ChecksumMismatchError(
            f"{path} has {size:,} bytes, the registry expects {data_file.bytes:,}: "
            "the file is not the registered one and will not be used. Replace it (delete it and "
            "run `smcm-data fetch`) or unset the folder that holds it."
        )
    actual = sha256_of(path)
    if actual != data_file.sha256:
        raise ChecksumMismatchError(
            f"{path} has sha256 {actual}, the registry expects {data_file.sha256}: "
            "the file is not the registered one and will not be used. Replace it (delete it and "
            "run `smcm-data fetch`) or unset the folder that holds it."
        )
    return path


def locate(dataset: Dataset, file_name: str) -> Path:
    """Find and verify one registered file of `dataset`; the only way loaders open data."""
    data_file = dataset.file(file_name)
    return check(find(dataset, data_file), data_file)
