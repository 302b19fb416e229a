"""Read course/syllabus.yml, the single home of the 13-week plan, and check its shape."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

SYLLABUS_PATH = Path(__file__).with_name("syllabus.yml")
WEEK_ID = re.compile(r"^w(\d{2})_[a-z0-9_]+$")


class SyllabusError(ValueError):
    """The plan is malformed; the message says where."""


@dataclass(frozen=True)
class Week:
    id: str
    title: str
    question: str
    module_id: str

    @property
    def number(self) -> int:
        return int(WEEK_ID.match(self.id).group(1))


@dataclass(frozen=True)
class Module:
    id: str
    number: int
    title: str
    summary: str
    outcomes: tuple[str, ...]
    readings: tuple[str, ...]
    references: tuple[str, ...]
    weeks: tuple[Week, ...]

    @property
    def label(self) -> str:
        return "Capstone" if self.id == "capstone" else f"Module {self.number}"

    @property
    def heading(self) -> str:
        """'Module 1: Networks'; just 'Capstone' when label and title coincide."""
        return self.label if self.title == self.label else f"{self.label}: {self.title}"


@dataclass(frozen=True)
class Syllabus:
    title: str
    audience: str
    prerequisites: tuple[str, ...]
    modules: tuple[Module, ...]
    grading: tuple[str, ...]

    @property
    def weeks(self) -> list[Week]:
        return [week for module in self.modules for week in module.weeks]

    def module_of(self, week_id: str) -> Module:
        for module in self.modules:
            if any(week.id == week_id for week in module.weeks):
                return module
        raise KeyError(week_id)


def _strings(entry: dict, key: str, where: str) -> tuple[str, ...]:
    values = entry.get(key)
    if not values or not all(isinstance(v, str) and v.strip() for v in values):
        raise SyllabusError(f"{where}: '{key}' must be a non-empty list of texts")
    return tuple(v.strip() for v in values)


def parse(raw: dict) -> Syllabus:
    modules = []
    for entry in raw.get("modules") or []:
        where = f"module {entry.get('id', '?')}"
        weeks = []
        for w in entry.get("weeks") or []:
            if not WEEK_ID.match(str(w.get("id", ""))):
                raise SyllabusError(f"{where}: week id {w.get('id')!r} is not like 'w05_topic'")
            weeks.append(Week(w["id"], w["title"], w["question"], entry["id"]))
        if not weeks:
            raise SyllabusError(f"{where}: has no weeks")
        modules.append(
            Module(
                id=entry["id"],
                number=int(entry["number"]),
                title=entry["title"],
                summary=entry["summary"].strip(),
                outcomes=_strings(entry, "outcomes", where),
                readings=_strings(entry, "readings", where),
                references=_strings(entry, "references", where),
                weeks=tuple(weeks),
            )
        )
    syllabus = Syllabus(
        title=raw["title"],
        audience=raw["audience"].strip(),
        prerequisites=_strings(raw, "prerequisites", "syllabus"),
        modules=tuple(modules),
        grading=_strings(raw, "grading", "syllabus"),
    )
    numbers = [week.number for week in syllabus.weeks]
    # Weeks are numbered 1..N in course order with no gap: the folder names sort in that order.
    if numbers != list(range(1, len(numbers) + 1)):
        raise SyllabusError(f"weeks must be numbered 1..N in order, found {numbers}")
    ids = [m.id for m in syllabus.modules]
    if len(set(ids)) != len(ids):
        raise SyllabusError(f"module ids repeat: {ids}")
    return syllabus


def load(path: Path = SYLLABUS_PATH) -> Syllabus:
    with path.open(encoding="utf-8") as handle:
        return parse(yaml.safe_load(handle))
