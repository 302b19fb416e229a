"""`smcm collect`: bring submissions into submitted/<student>/<assignment>/<assignment>.ipynb.

Accepted inputs (a folder or a .zip of one):
- nbgrader's layout: [.../submitted/]<student>/<assignment>/<files>;
- nbgrader's exchange inbound folder: <student>+<assignment>+<timestamp>[+<random>]/<files>
  (the latest submission of each student wins, as `nbgrader collect` does);
- a Canvas bulk download: <name>[_late]_<userid>_<submissionid>_<filename>;
- a Moodle bulk download: <Full Name>_<id>_assignsubmission_file_/<filename> (or flat files
  <Full Name>_<id>_assignsubmission_file_<filename>).

Nothing is dropped silently: every file ends up in the submission folder or, with the reason,
in intake/<assignment>/ (unmatched/, not_used/, replaced/) and in the intake log CSV there.
Archives are never extracted wholesale: each member is read into memory and written under a
path built from sanitised parts, so zip-slip names and symlinks cannot reach outside.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath

from .course import STUDENT_ID, GradingCourse, RosterEntry, utc_stamp, write_atomic

MAX_FILE_BYTES = 64 * 1024 * 1024  # a notebook larger than this is not a plausible submission
SYSTEM_JUNK = {"__MACOSX", ".DS_Store", ".ipynb_checkpoints", "Thumbs.db", "desktop.ini"}
# Statuses an instructor has to look at (collect exits 1 when any occurs).
NEEDS_ATTENTION = {"unmatched", "not_used", "symlink", "unsafe", "too_large"}

EXCHANGE_FOLDER = re.compile(r"^(?P<student>[^+]+)\+(?P<assignment>[^+]+)\+(?P<time>[^+]+)(\+.*)?$")
MOODLE_FOLDER = re.compile(
    r"^(?P<name>.+)_(?P<id>\d+)_assignsubmission_(?P<plugin>file|onlinetext)_?$"
)
MOODLE_FLAT = re.compile(r"^(?P<name>.+?)_(?P<id>\d+)_assignsubmission_file_(?P<file>.+)$")
CANVAS_FILE = re.compile(
    r"^(?P<name>[^_]+?)(?:_late)?_(?P<id>\d+)_(?P<submission>\d+)_(?P<file>.+)$", re.I
)
# "ps1 (1)", "ps1(2)", "W01_Orientation-1" (Canvas re-upload), "ps1-Copy1" (Jupyter), "Copy of ps1"
COPY_SUFFIX = re.compile(r"(\s*\(\d+\)|-\d+|[\s_-]*copy\d*)$", re.I)
COPY_PREFIX = re.compile(r"^copy of\s+", re.I)


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def normalised_stem(filename: str) -> str:
    """'W01 Orientation (1).ipynb' -> 'w01_orientation': compare names the way people mean them."""
    stem = PurePosixPath(filename).name
    if stem.lower().endswith(".ipynb"):
        stem = stem[: -len(".ipynb")]
    stem = COPY_PREFIX.sub("", ascii_fold(stem).strip())
    while True:
        shorter = COPY_SUFFIX.sub("", stem)
        if shorter == stem:
            break
        stem = shorter
    return re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_")


def normalised_person(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(name).lower())


def safe_part(part: str) -> str:
    """One path component that is safe to create: no separators, no leading dots, no controls."""
    cleaned = "".join(ch for ch in unicodedata.normalize("NFC", part) if ch.isprintable())
    cleaned = cleaned.replace("/", "_").replace("\\", "_").lstrip(". ").strip()
    return cleaned[:150] or "_"


def safe_relative(parts: list[str]) -> Path:
    return Path(*[safe_part(p) for p in parts if p not in ("", ".", "..")] or ["_"])


# --- reading the input without following anything -----------------------------------------


@dataclass
class Entry:
    path: str  # '/'-separated, as named in the archive or below the folder
    kind: str  # "file" | "symlink" | "unsafe" | "other"
    mtime: float
    read: Callable[[], bytes]

    @property
    def parts(self) -> list[str]:
        return [p for p in self.path.split("/") if p]


def _zip_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if not info.flag_bits & 0x800:  # not flagged UTF-8: zipfile decoded it as cp437
        try:
            name = name.encode("cp437").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return name.replace("\\", "/")


def _is_unsafe(name: str) -> bool:
    parts = name.split("/")
    return name.startswith("/") or ".." in parts or bool(re.match(r"^[A-Za-z]:", name))


def entries_from_zip(path: Path) -> Iterator[Entry]:
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            name = _zip_name(info)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                kind = "symlink"
            elif _is_unsafe(name):
                kind = "unsafe"
            else:
                kind = "file"

            def read(info=info) -> bytes:
                with zipfile.ZipFile(path) as again, again.open(info) as member:
                    return member.read(MAX_FILE_BYTES + 1)

            mtime = datetime(*info.date_time).timestamp()
            yield Entry(name.lstrip("/"), kind, mtime, read)


def entries_from_folder(root: Path) -> Iterator[Entry]:
    for folder, dirs, files in os.walk(root, followlinks=False):
        here = Path(folder)
        for name in sorted(dirs):
            if (here / name).is_symlink():  # os.walk lists them but does not descend
                rel = (here / name).relative_to(root).as_posix()
                yield Entry(rel, "symlink", 0.0, bytes)
        dirs.sort()
        for name in sorted(files):
            full = here / name
            info = full.lstat()
            kind = (
                "symlink"
                if stat.S_ISLNK(info.st_mode)
                else "file"
                if stat.S_ISREG(info.st_mode)
                else "other"
            )

            def read(full=full) -> bytes:
                with open(full, "rb") as handle:
                    return handle.read(MAX_FILE_BYTES + 1)

            yield Entry(full.relative_to(root).as_posix(), kind, info.st_mtime, read)


# --- recognising the layouts -------------------------------------------------------------


@dataclass
class Claim:
    """Whose file an entry is, as far as its path tells."""

    key: str  # student id (nbgrader layouts) or LMS id (Canvas/Moodle)
    by_lms: bool
    person: str  # the name the LMS put in the file name ("" for nbgrader layouts)
    group: str  # the folder (or LMS submission) the file belongs to
    relative: list[str]  # path inside that submission
    time: float  # later submissions win
    timestamp: str = ""  # nbgrader's submission time, from an exchange folder name


def _parse_exchange_time(text: str) -> float | None:
    try:
        return datetime.fromisoformat(text.replace(" ", "T")).timestamp()
    except ValueError:
        return None


def claim(entry: Entry, assignment: str) -> Claim | None:
    parts = entry.parts
    wanted = normalised_stem(assignment)
    if "submitted" in parts[:-1]:
        parts = parts[len(parts) - 1 - parts[::-1].index("submitted") :]
    for i, part in enumerate(parts[:-1]):
        match = EXCHANGE_FOLDER.match(part)
        if match and normalised_stem(match["assignment"]) == wanted:
            time = _parse_exchange_time(match["time"])
            return Claim(
                match["student"],
                False,
                "",
                "/".join(parts[: i + 1]),
                parts[i + 1 :],
                time if time is not None else entry.mtime,
                match["time"],
            )
    for i in range(len(parts) - 2):
        if normalised_stem(parts[i + 1]) == wanted and not MOODLE_FOLDER.match(parts[i]):
            return Claim(parts[i], False, "", "/".join(parts[: i + 2]), parts[i + 2 :], entry.mtime)
    for i, part in enumerate(parts[:-1]):
        if match := MOODLE_FOLDER.match(part):
            return Claim(
                match["id"],
                True,
                match["name"],
                "/".join(parts[: i + 1]),
                parts[i + 1 :],
                entry.mtime,
            )
    name = parts[-1]
    if match := MOODLE_FLAT.match(name):
        return Claim(match["id"], True, match["name"], match["id"], [match["file"]], entry.mtime)
    if match := CANVAS_FILE.match(name):
        group = f"{match['id']}_{match['submission']}"
        return Claim(match["id"], True, match["name"], group, [match["file"]], entry.mtime)
    return None


# --- matching people ---------------------------------------------------------------------


def resolve_student(found: Claim, roster: dict[str, RosterEntry]) -> tuple[str | None, str]:
    """(student id or None, note)."""
    if not found.by_lms:
        student = found.key
        if not STUDENT_ID.match(student):
            folded = re.sub(r"[^A-Za-z0-9._@-]", "_", ascii_fold(student)).lstrip("._-")
            if not STUDENT_ID.match(folded):
                return None, f"folder name {student!r} cannot be a student id"
            return folded, f"student folder {student!r} stored as {folded!r}"
        return student, ""
    if not roster:
        return found.key, "no roster: LMS id used as the student id"
    by_id = [e.student_id for e in roster.values() if e.lms_id and e.lms_id == found.key]
    if len(by_id) == 1:
        return by_id[0], ""
    person = normalised_person(found.person)
    by_name = [
        e.student_id
        for e in roster.values()
        if person
        and person
        in {
            normalised_person(e.first_name + e.last_name),
            normalised_person(e.last_name + e.first_name),
        }
    ]
    if len(by_name) == 1:
        return by_name[0], f"matched by name {found.person!r} (LMS id {found.key} not in roster)"
    reason = "matches several roster rows" if by_name or by_id else "is not in the roster"
    return None, f"LMS id {found.key} ({found.person}) {reason}"


# --- the intake ----------------------------------------------------------------------------


@dataclass
class IntakeRecord:
    origin: str
    status: str  # collected|replaced|unchanged|extra|unmatched|not_used|ignored|symlink|...
    student: str = ""
    target: str = ""
    detail: str = ""


@dataclass
class IntakeReport:
    assignment: str
    records: list[IntakeRecord] = field(default_factory=list)
    log_file: Path | None = None

    def count(self, *statuses: str) -> int:
        return sum(r.status in statuses for r in self.records)

    @property
    def needs_attention(self) -> list[IntakeRecord]:
        return [r for r in self.records if r.status in NEEDS_ATTENTION]


def _store(target: Path, data: bytes, course: GradingCourse, assignment: str, student: str) -> str:
    """Write `data` to `target`; an older, different file is moved to intake/.../replaced/."""
    if target.is_file():
        if target.read_bytes() == data:
            return "unchanged"
        kept = course.intake_dir(assignment) / "replaced" / student / utc_stamp() / target.name
        kept.parent.mkdir(parents=True, exist_ok=True)
        os.replace(target, kept)
        write_atomic(target, data)
        return "replaced"
    write_atomic(target, data)
    return "collected"


def _keep_aside(
    course: GradingCourse, assignment: str, folder: str, label: str, entry: Entry, data: bytes
) -> str:
    """Keep a file the intake could not place, under intake/<assignment>/<folder>/."""
    target = course.intake_dir(assignment) / folder / safe_part(label) / safe_relative(entry.parts)
    if not (target.is_file() and target.read_bytes() == data):
        write_atomic(target, data)
    return str(target.relative_to(course.root))


def _unmatched(
    course: GradingCourse, assignment: str, label: str, entry: Entry, student: str, detail: str
) -> IntakeRecord:
    data = _read_checked(entry)
    if data is None:
        return IntakeRecord(entry.path, "too_large", student, detail=f"over {MAX_FILE_BYTES} bytes")
    kept = _keep_aside(course, assignment, "unmatched", label, entry, data)
    return IntakeRecord(entry.path, "unmatched", student, kept, detail)


def _notebook_rank(relative: list[str], wanted: str, time: float) -> tuple:
    name = relative[-1]
    return (
        normalised_stem(name) == wanted,
        name == f"{wanted}.ipynb",
        -len(relative),  # top-level files before ones in subfolders
        time,
        name,
    )


def _too_large(path, student: str) -> IntakeRecord:
    return IntakeRecord(path, "too_large", student, detail=f"over {MAX_FILE_BYTES} bytes")


def _read_checked(entry: Entry) -> bytes | None:
    data = entry.read()
    return None if len(data) > MAX_FILE_BYTES else data


def collect(
    assignment: str, source: Path, course: GradingCourse, roster: dict[str, RosterEntry]
) -> IntakeReport:
    source = Path(source)
    if source.is_file() and zipfile.is_zipfile(source):
        entries = list(entries_from_zip(source))
    elif source.is_dir():
        entries = list(entries_from_folder(source))
    else:
        raise FileNotFoundError(f"{source}: expected a folder or a .zip file")
    label = source.name
    wanted = normalised_stem(assignment)
    report = IntakeReport(assignment)
    by_student: dict[str, list[tuple[Entry, Claim, str]]] = {}

    for entry in entries:
        if any(part in SYSTEM_JUNK or part.startswith("._") for part in entry.parts):
            report.records.append(IntakeRecord(entry.path, "ignored", detail="system file"))
            continue
        if entry.kind != "file":
            detail = {
                "symlink": "symbolic link: not followed, nothing copied",
                "unsafe": "absolute or '..' path in the archive: not extracted",
                "other": "not a regular file (device, FIFO or socket): skipped",
            }[entry.kind]
            status = entry.kind if entry.kind != "other" else "unmatched"
            report.records.append(IntakeRecord(entry.path, status, detail=detail))
            continue
        found = claim(entry, assignment)
        if found is None:
            report.records.append(
                _unmatched(course, assignment, label, entry, "", "unknown layout")
            )
            continue
        student, note = resolve_student(found, roster)
        if student is None:
            report.records.append(_unmatched(course, assignment, label, entry, "", note))
            continue
        by_student.setdefault(student, []).append((entry, found, note))

    for student, items in sorted(by_student.items()):
        notebooks = [(e, c, n) for e, c, n in items if c.relative[-1].lower().endswith(".ipynb")]
        if not notebooks:
            for entry, _, note in items:
                detail = "; ".join(filter(None, [note, "this student sent no .ipynb file"]))
                report.records.append(_unmatched(course, assignment, label, entry, student, detail))
            continue
        chosen, chosen_claim, note = max(
            notebooks, key=lambda item: _notebook_rank(item[1].relative, wanted, item[1].time)
        )
        data = _read_checked(chosen)
        if data is None:
            report.records.append(_too_large(chosen.path, student))
            continue
        target = course.submission_notebook(student, assignment)
        status = _store(target, data, course, assignment, student)
        details = [note]
        original = chosen_claim.relative[-1]
        if original != target.name:
            details.append(f"renamed from {original!r}")
        if normalised_stem(original) != wanted:
            details.append(f"file name does not look like {assignment}")
        try:
            json.loads(data)
        except ValueError:
            details.append("not valid JSON: the grader will report it")
        report.records.append(
            IntakeRecord(
                chosen.path,
                status,
                student,
                str(target.relative_to(course.root)),
                "; ".join(filter(None, details)),
            )
        )
        sent_timestamp = any(
            c.group == chosen_claim.group and c.relative == ["timestamp.txt"] for _, c, _ in items
        )
        if chosen_claim.timestamp and not sent_timestamp:
            # nbgrader reads the submission time (late penalties) from timestamp.txt
            _store(
                target.parent / "timestamp.txt",
                chosen_claim.timestamp.encode(),
                course,
                assignment,
                student,
            )

        for entry, found, _ in items:
            if entry is chosen:
                continue
            payload = _read_checked(entry)
            if payload is None:
                report.records.append(_too_large(entry.path, student))
                continue
            is_notebook = found.relative[-1].lower().endswith(".ipynb")
            if found.group != chosen_claim.group or is_notebook:
                kept = _keep_aside(course, assignment, "not_used", student, entry, payload)
                reason = (
                    f"another notebook was graded: {chosen.path}"
                    if is_notebook
                    else "belongs to an older submission"
                )
                report.records.append(IntakeRecord(entry.path, "not_used", student, kept, reason))
                continue
            extra = target.parent / safe_relative(found.relative)
            state = _store(extra, payload, course, assignment, student)
            report.records.append(
                IntakeRecord(
                    entry.path,
                    "extra" if state != "unchanged" else "unchanged",
                    student,
                    str(extra.relative_to(course.root)),
                    "copied next to the notebook",
                )
            )

    report.log_file = write_intake_log(course, report)
    return report


def write_intake_log(course: GradingCourse, report: IntakeReport) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["origin", "status", "student", "target", "detail"])
    for r in report.records:
        writer.writerow([r.origin, r.status, r.student, r.target, r.detail])
    path = course.intake_dir(report.assignment) / f"intake-{utc_stamp()}.csv"
    write_atomic(path, buffer.getvalue())
    return path
