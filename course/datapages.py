"""The data page: every registered data set with its licence, and every datasheet as a page.

Reads datasets/registry.toml and datasets/datasheets/*.md when they exist (the data layer is
written in parallel), so the page grows as datasheets arrive.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

# A notebook uses a data set when it calls smcm_data's load("<name>", ...).
LOAD_CALL = re.compile(r"""\bload\(\s*["']([A-Za-z0-9_]+)["']""")


@dataclass(frozen=True)
class DataEntry:
    name: str
    title: str
    licence: str
    citation: str
    n_files: int
    total_bytes: int
    has_sheet: bool

    @property
    def size(self) -> str:
        return f"{self.total_bytes / 1e6:.1f} MB"


def datasets_loaded(notebook) -> list[str]:
    """Names of the data sets a notebook loads, in order of first use."""
    names: list[str] = []
    for cell in notebook.cells:
        if cell.cell_type == "code":
            names += [n for n in LOAD_CALL.findall(cell.source) if n not in names]
    return names


def registry_entries(datasets_dir: Path) -> list[DataEntry]:
    path = datasets_dir / "registry.toml"
    if not path.is_file():
        return []
    with path.open("rb") as handle:
        raw = tomllib.load(handle).get("datasets", {})
    sheets = datasheet_names(datasets_dir)
    return [
        DataEntry(
            name=name,
            title=entry.get("title", name),
            licence=entry.get("licence", "not stated"),
            citation=" ".join(entry.get("citation", "").split()),
            n_files=len(entry.get("files", [])),
            total_bytes=sum(int(f.get("bytes", 0)) for f in entry.get("files", [])),
            has_sheet=name in sheets,
        )
        for name, entry in raw.items()
    ]


def datasheet_names(datasets_dir: Path) -> list[str]:
    return sorted(p.stem for p in (datasets_dir / "datasheets").glob("*.md"))


def datasheet_page(text: str, entry: DataEntry | None, name: str) -> str:
    """The datasheet with a title if it lacks one, and the registry's licence stated up front."""
    lines = text.strip().splitlines()
    if not lines or not lines[0].startswith("# "):
        lines.insert(0, f"# {entry.title if entry else name}")
    if entry is not None:
        note = ["", ":::{note}", f"**Licence (from the registry):** {entry.licence}", ":::", ""]
        lines[1:1] = note
    return "\n".join(lines) + "\n"
