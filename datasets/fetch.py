"""Download missing registered files from their pinned origin, and verify files on disk.

Only the command line calls this module; ``load()`` never downloads.
"""

from __future__ import annotations

import hashlib
import os
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from . import locate, registry
from .errors import ChecksumMismatchError, DataFileMissingError, FetchError
from .registry import RAW_GITHUB, DataFile, Dataset

CHUNK = 1 << 16


@dataclass(frozen=True)
class FileStatus:
    dataset: str
    file: str
    status: str  # "ok", "missing" or "mismatch"
    detail: str


def check_file(dataset: Dataset, data_file: DataFile) -> FileStatus:
    try:
        path = locate.locate(dataset, data_file.name)
    except DataFileMissingError:
        return FileStatus(dataset.name, data_file.name, "missing", "not in any searched folder")
    except ChecksumMismatchError as error:
        return FileStatus(dataset.name, data_file.name, "mismatch", str(error))
    return FileStatus(dataset.name, data_file.name, "ok", str(path))


def verify(names: list[str] | None = None, *, progress: bool = True) -> list[FileStatus]:
    """Status of every registered file of the named data sets (all by default)."""
    chosen = [registry.get(name) for name in names] if names else list(registry.datasets().values())
    pairs = [(dataset, data_file) for dataset in chosen for data_file in dataset.files]
    bar = tqdm(pairs, desc="verify", unit="file", disable=not progress)
    return [check_file(dataset, data_file) for dataset, data_file in bar]


def _download(url: str, target: Path, data_file: DataFile, progress: bool) -> None:
    """Stream `url` to `target` via a temporary file; keep it only if the sha256 matches."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    digest = hashlib.sha256()
    try:
        with urllib.request.urlopen(url, timeout=60) as response, partial.open("wb") as out:
            with tqdm(
                total=data_file.bytes,
                unit="B",
                unit_scale=True,
                desc=data_file.name,
                disable=not progress,
            ) as bar:
                for block in iter(lambda: response.read(CHUNK), b""):
                    out.write(block)
                    digest.update(block)
                    bar.update(len(block))
    except OSError as error:  # URLError and HTTPError are OSErrors
        partial.unlink(missing_ok=True)
        raise FetchError(f"could not download {data_file.name} from {url}: {error}") from error
    if digest.hexdigest() != data_file.sha256:
        partial.unlink(missing_ok=True)
        raise FetchError(
            f"{url} returned a file with sha256 {digest.hexdigest()}, the registry expects "
            f"{data_file.sha256}: discarded, {target} not written"
        )
    os.replace(partial, target)


def fetch(
    names: list[str] | None = None,
    *,
    dest: Path | None = None,
    base_url: str = RAW_GITHUB,
    progress: bool = True,
) -> list[Path]:
    """Download every missing file of the named data sets (all by default) into `dest`
    (the user cache folder by default), verifying each; returns the paths written.

    Files present and verified are skipped. Files that were derived or repacked cannot be
    downloaded byte-identically: after fetching everything else, a FetchError lists them with
    how each was made. A present file with a wrong checksum is reported, never overwritten.
    """
    dest = Path(dest) if dest is not None else locate.user_cache_dir()
    chosen = [registry.get(name) for name in names] if names else list(registry.datasets().values())
    written, refused, corrupt, failed = [], [], [], []
    for dataset in chosen:
        for data_file in dataset.files:
            status = check_file(dataset, data_file)
            if status.status == "ok":
                continue
            if status.status == "mismatch":
                corrupt.append(status.detail)
                continue
            if data_file.origin is None:
                refused.append(f"{dataset.name}/{data_file.name}: {data_file.derivation}")
                continue
            target = dest / dataset.name / data_file.name
            try:
                _download(data_file.origin.url(base_url), target, data_file, progress)
            except FetchError as error:  # keep going: report every problem at the end
                failed.append(str(error))
                continue
            written.append(target)
    problems = []
    if refused:
        problems.append(
            "these files cannot be downloaded byte-identically from an origin (derived or "
            "repacked); copy them from the course's shared data folder (../shared/data) or "
            f"point {locate.ENV_DATA_DIR} at a copy:\n  " + "\n  ".join(refused)
        )
    if corrupt:
        problems.append("these files are present but corrupt:\n  " + "\n  ".join(corrupt))
    if failed:
        problems.append("these downloads failed:\n  " + "\n  ".join(failed))
    if problems:
        raise FetchError("\n".join(problems))
    return written
