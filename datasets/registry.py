"""Read datasets/registry.toml: the single record of every data set's files and provenance.

Nothing else in the project repeats a checksum, a size or an origin path; everything that needs
one asks this module.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import quote

from .errors import UnknownDatasetError

REGISTRY_PATH = Path(__file__).with_name("registry.toml")
RAW_GITHUB = "https://raw.githubusercontent.com"


@dataclass(frozen=True)
class Origin:
    """Where a file can be downloaded from, pinned to a commit."""

    repo: str
    commit: str
    path: str

    def url(self, base_url: str = RAW_GITHUB) -> str:
        return f"{base_url.rstrip('/')}/{self.repo}/{self.commit}/{quote(self.path)}"


@dataclass(frozen=True)
class DataFile:
    """One registered file, relative to its data set's folder."""

    name: str
    sha256: str
    bytes: int
    origin: Origin | None = None
    # Set when the file was derived or repacked from its origin and cannot be re-fetched
    # byte-identically: the note says how it was made.
    derivation: str | None = None


@dataclass(frozen=True)
class Dataset:
    """One registry entry; `name` is also the data set's folder name."""

    name: str
    title: str
    licence: str
    citation: str
    description: str
    modules: tuple[str, ...]
    files: tuple[DataFile, ...] = field(default_factory=tuple)

    def file(self, name: str) -> DataFile:
        for data_file in self.files:
            if data_file.name == name:
                return data_file
        raise KeyError(f"{name!r} is not a registered file of data set {self.name!r}")

    @property
    def total_bytes(self) -> int:
        return sum(f.bytes for f in self.files)


def _parse_file(entry: dict) -> DataFile:
    origin = entry.get("origin")
    return DataFile(
        name=entry["name"],
        sha256=entry["sha256"].lower(),
        bytes=int(entry["bytes"]),
        origin=Origin(**origin) if origin else None,
        derivation=entry.get("derivation"),
    )


@cache
def datasets() -> dict[str, Dataset]:
    """All registered data sets, keyed by name, in registry order."""
    with REGISTRY_PATH.open("rb") as handle:
        raw = tomllib.load(handle)
    result = {}
    for name, entry in raw["datasets"].items():
        result[name] = Dataset(
            name=name,
            title=entry["title"],
            licence=entry["licence"],
            citation=entry["citation"].strip(),
            description=entry["description"].strip(),
            modules=tuple(entry.get("modules", ())),
            files=tuple(_parse_file(f) for f in entry["files"]),
        )
    return result


def get(name: str) -> Dataset:
    """The registry entry for `name`, or an error listing the known names."""
    try:
        return datasets()[name]
    except KeyError:
        known = ", ".join(datasets())
        raise UnknownDatasetError(f"no data set named {name!r}; known data sets: {known}") from None
