"""`smcm collect`: bring submissions into submitted/<student>/<assignment>/<assignment>.ipynb.

Accepted inputs (a folder or a .zip of one):
- nbgrader's layout: [.../submitted/]<student>/<assignment>/<files>;
- nbgrader's exchange inbound folder: <student>+<assignment>+<timestamp>[+<random>]/<files>
  (the latest submission of each student wins, as `nbgrader collect` does);
- a Canvas bulk download: <name>[_late]_<userid>_<submissionid>_<filename>;
- a Moodle bulk download: <Full Name>_<id>_assignsubmission_file_/<filename> (or flat files
  <Full Name>_<id>_assignsubmission_file_<filename>).

Nothing is dropped silently: every file ends up in the submission folder or, with the reason,
in intake/<assignment>/ (unmatched/, not_used/, replaced/, wrong_owner/) and in the intake log
CSV there. Archives are never extracted wholesale: each member is read into memory and written
under a path built from sanitised parts, so zip-slip names and symlinks cannot reach outside.

Students attack the intake too:
- nbgrader's inbound/ is writable by every student (mode 2733), so a folder's name says nothing
  about who made it. As nbgrader's ExchangeCollect does (check_owner, on by default), the owner
  of an exchange folder, and of every file in it, must be the system user named like the
  student; anything else is set aside as wrong_owner, never collected. A .zip keeps no owners,
  so exchange folders inside one count as unchecked. The instructor can accept folders whatever
  their owner (an exchange copied by one user, tests) only explicitly: `check_owner=False`,
  `smcm collect --accept-any-owner` or `c.ExchangeCollect.check_owner = False`; the report still
  names every folder whose owner is not its student.
- Times are the student's word as well (the folder name, the files' mtimes): one later than the
  collection never beats a time in the past, and an exchange folder whose time is in the future
  or cannot be read is listed (suspect_time).
- One file that cannot be read (permission, changed while read, nested too deeply, not UTF-8,
  not a JSON object, ...) is recorded with its reason and the collection goes on; folders are
  walked without recursion and no deeper than MAX_DEPTH.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import os
import re
import stat
import sys
import time
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

if sys.platform != "win32":
    import pwd
else:  # pragma: no cover -- no owners to check: exchange folders count as unchecked
    pwd = None

from .course import STUDENT_ID, GradingCourse, RosterEntry, utc_stamp, write_atomic

MAX_FILE_BYTES = 64 * 1024 * 1024  # a notebook larger than this is not a plausible submission
SYSTEM_JUNK = {"__MACOSX", ".DS_Store", ".ipynb_checkpoints", "Thumbs.db", "desktop.ini"}
MAX_DEPTH = 32  # folders below the source; a submission has a few levels at most
MAX_NAME_CHARS = 4096  # a longer archive member name is not read (and not matched by regexes)
# Statuses an instructor has to look at (collect exits 1 when any occurs).
NEEDS_ATTENTION = {
    "unmatched",
    "not_used",
    "symlink",
    "unsafe",
    "too_large",
    "unreadable",
    "wrong_owner",
    "suspect_time",
    "error",
}

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
    kept = [safe_part(p) for p in parts if p not in ("", ".", "..")] or ["_"]
    if len(kept) > 16 or sum(len(p) + 1 for p in kept) > 1000:  # keep under PATH_MAX
        digest = hashlib.sha256("/".join(parts).encode("utf-8", "replace")).hexdigest()[:16]
        kept = [f"{digest}_{kept[-1][:100]}"]
    return Path(*kept)


# --- reading the input without following anything -----------------------------------------


class Unreadable(Exception):
    """A file the intake cannot read; the message is the reason shown to the instructor."""


@dataclass
class Entry:
    path: str  # '/'-separated, as named in the archive or below the folder
    kind: str  # "file" | "symlink" | "unsafe" | "other" | "unreadable"
    mtime: float
    read: Callable[[], bytes]
    uid: int | None = None  # the file's owner (None: from an archive, which keeps none)
    dir_uids: tuple[int, ...] = ()  # owners of the folders in `path`, outermost first
    problem: str = ""  # why an "unreadable" entry was not read

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
            if len(name) > MAX_NAME_CHARS or any(len(p) > 255 for p in name.split("/")):
                shown = name[:200] + "..."
                yield Entry(shown, "unreadable", 0.0, bytes, problem="member name too long")
                continue
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

            try:
                mtime = datetime(*info.date_time).timestamp()
            except (ValueError, OverflowError):  # a month 0 or the like: no usable time
                mtime = 0.0
            yield Entry(name.lstrip("/"), kind, mtime, read)


def _read_listed(full: Path, listed: os.stat_result) -> bytes:
    """Read a regular file, only if it is still the one that was listed (same inode, owner):
    no symlink, FIFO or other student's file swapped in between listing and reading."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(full, flags)
    with os.fdopen(fd, "rb") as handle:
        now = os.fstat(handle.fileno())
        same = (now.st_dev, now.st_ino, now.st_uid) == (listed.st_dev, listed.st_ino, listed.st_uid)
        if not (stat.S_ISREG(now.st_mode) and same):
            raise Unreadable("the file changed between listing and reading: not read")
        return handle.read(MAX_FILE_BYTES + 1)


def entries_from_folder(root: Path) -> Iterator[Entry]:
    """Every file below `root`, depth first in name order, without recursion (a student's
    folder may be nested thousands of levels deep) and without following links."""
    pending: list[tuple[str, tuple[int, ...]]] = [("", ())]
    while pending:
        rel, dir_uids = pending.pop()
        here = root / rel if rel else root
        try:
            with os.scandir(here) as listing:
                children = sorted(listing, key=lambda child: child.name)
        except OSError as error:
            reason = f"folder cannot be listed ({error.strerror or error})"
            yield Entry(rel or ".", "unreadable", 0.0, bytes, problem=reason)
            continue
        folders = []
        for child in children:
            child_rel = f"{rel}/{child.name}" if rel else child.name
            try:
                info = child.stat(follow_symlinks=False)
            except OSError as error:
                reason = f"cannot be examined ({error.strerror or error})"
                yield Entry(child_rel, "unreadable", 0.0, bytes, problem=reason)
                continue
            if stat.S_ISDIR(info.st_mode):
                if len(dir_uids) + 1 >= MAX_DEPTH:
                    reason = f"folders nested deeper than {MAX_DEPTH} levels: not read"
                    yield Entry(child_rel, "unreadable", 0.0, bytes, problem=reason)
                else:
                    folders.append((child_rel, (*dir_uids, info.st_uid)))
                continue
            kind = (
                "symlink"
                if stat.S_ISLNK(info.st_mode)
                else "file"
                if stat.S_ISREG(info.st_mode)
                else "other"
            )

            def read(full=Path(child.path), listed=info) -> bytes:
                return _read_listed(full, listed)

            yield Entry(child_rel, kind, info.st_mtime, read, info.st_uid, dir_uids)
        pending.extend(reversed(folders))


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
    exchange_index: int = -1  # exchange layout: index of its folder in the entry's parts
    time_problem: str = ""  # exchange layout: why the folder name's time is not usable


def _parse_exchange_time(text: str) -> tuple[float | None, str]:
    """(seconds since the epoch, the timestamp as nbgrader writes it) for the time part of an
    exchange folder name, '2026-02-01 09:00:00.000000 UTC' plus nbgrader's ' <random>'."""
    from nbgrader.utils import parse_utc

    words = text.split(" ")
    for candidate in (text, " ".join(words[:-1]) if len(words) >= 4 else None):
        if not candidate:
            continue
        try:
            parsed = parse_utc(candidate)
            return parsed.replace(tzinfo=UTC).timestamp(), candidate
        except (ValueError, OverflowError, TypeError, AttributeError):
            continue
    return None, text


def claim(entry: Entry, assignment: str) -> Claim | None:
    parts = entry.parts
    wanted = normalised_stem(assignment)
    if "submitted" in parts[:-1]:
        parts = parts[len(parts) - 1 - parts[::-1].index("submitted") :]
    for i, part in enumerate(parts[:-1]):
        match = EXCHANGE_FOLDER.match(part)
        if match and normalised_stem(match["assignment"]) == wanted:
            time, timestamp = _parse_exchange_time(match["time"])
            return Claim(
                match["student"],
                False,
                "",
                "/".join(parts[: i + 1]),
                parts[i + 1 :],
                time if time is not None else entry.mtime,
                timestamp,
                exchange_index=len(entry.parts) - len(parts) + i,
                time_problem=""
                if time is not None
                else "the time in the folder name is unreadable",
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


# --- who sent an exchange folder -----------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def owner_name(uid: int) -> str:
    """The system user name of `uid`: nbgrader's exchange maps student id <-> Unix owner."""
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return ""


def owner_mismatch(entry: Entry, found: Claim) -> str:
    """'' when the exchange folder, the folders below it and the file are all owned by the
    system user named like the student in the folder name; otherwise the reason."""
    if pwd is None or entry.uid is None:
        return (
            f"claims to be from {found.key!r}, but its owner is unknown (an archive keeps no "
            "owners): collect from the exchange folder itself"
        )
    uids = sorted({*entry.dir_uids[found.exchange_index :], entry.uid})
    names = [owner_name(uid) for uid in uids]
    if names == [found.key]:
        return ""
    owners = ", ".join(
        f"{name} (uid {uid})" if name else f"uid {uid} (no such user)"
        for name, uid in zip(names, uids, strict=True)
    )
    return f"claims to be from {found.key!r} but is owned by {owners}"


# --- the intake ----------------------------------------------------------------------------


@dataclass
class IntakeRecord:
    origin: str
    status: str  # collected|replaced|unchanged|extra|unmatched|not_used|ignored|symlink|...
    student: str = ""
    target: str = ""
    detail: str = ""
    attention: bool = False  # placed, but the instructor should look (e.g. not a notebook)


@dataclass
class IntakeReport:
    assignment: str
    records: list[IntakeRecord] = field(default_factory=list)
    log_file: Path | None = None
    # Exchange folders accepted although their owner is not their student (check_owner=False).
    unchecked_owners: list[str] = field(default_factory=list)

    def count(self, *statuses: str) -> int:
        return sum(r.status in statuses for r in self.records)

    @property
    def needs_attention(self) -> list[IntakeRecord]:
        return [r for r in self.records if r.status in NEEDS_ATTENTION or r.attention]


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


def _set_aside(
    course: GradingCourse,
    assignment: str,
    label: str,
    entry: Entry,
    student: str,
    detail: str,
    status: str = "unmatched",
) -> IntakeRecord:
    """Record a file that is not collected, keeping a copy under intake/<assignment>/<status>/."""
    data, failed = _read_entry(entry, student)
    if failed is not None:
        failed.detail = "; ".join(filter(None, [detail, failed.detail]))
        return failed
    kept = _keep_aside(course, assignment, status, label, entry, data)
    return IntakeRecord(entry.path, status, student, kept, detail)


def _notebook_rank(relative: list[str], wanted: str, time: float, now: float) -> tuple:
    name = relative[-1]
    trusted = time <= now  # a time later than the collection is the student's word only
    return (
        normalised_stem(name) == wanted,
        name == f"{wanted}.ipynb",
        -len(relative),  # top-level files before ones in subfolders
        trusted,
        time if trusted else -time,
        name,
    )


def _too_large(path, student: str) -> IntakeRecord:
    return IntakeRecord(path, "too_large", student, detail=f"over {MAX_FILE_BYTES} bytes")


def _reason(error: BaseException) -> str:
    if isinstance(error, Unreadable):
        return str(error)
    if isinstance(error, OSError):
        return f"cannot be read ({error.strerror or error})"
    if isinstance(error, MemoryError):
        return "cannot be read (too large for memory)"
    return f"cannot be read ({type(error).__name__}: {str(error)[:200]})"


def _read_entry(entry: Entry, student: str) -> tuple[bytes | None, IntakeRecord | None]:
    """(the file's bytes, None), or (None, the record saying why it was not read)."""
    try:
        data = entry.read()
    except Exception as error:  # noqa: BLE001 -- one unreadable file must not stop the class
        return None, IntakeRecord(entry.path, "unreadable", student, detail=_reason(error))
    if len(data) > MAX_FILE_BYTES:
        return None, _too_large(entry.path, student)
    return data, None


def notebook_problem(data: bytes) -> str:
    """'' for bytes that read as a notebook, else what is wrong (the grader will say so too)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return f"not UTF-8 text ({error.reason})"
    try:
        raw = json.loads(text)
    except RecursionError:
        return "JSON nested too deeply to read"
    except MemoryError:
        return "JSON too large to read"
    except ValueError as error:
        where = f" (line {error.lineno}, column {error.colno})" if hasattr(error, "lineno") else ""
        return f"not valid JSON{where}"
    if not isinstance(raw, dict):
        return f"its JSON is {type(raw).__name__}, not an object"
    if raw.get("nbformat") not in (3, 4):
        return "not an nbformat 4 (or 3) notebook"
    if raw.get("nbformat") == 4 and not isinstance(raw.get("cells"), list):
        return "the notebook has no list of cells"
    return ""


def _inbound_folders(
    entries: list[Entry], assignment: str, source_name: str
) -> set[tuple[str, ...]]:
    """The folders that hold exchange submissions (nbgrader's inbound/: the parents of the
    <student>+<assignment>+<time> folders, and any folder named inbound). Every student can
    write there, so a file in one counts only inside a <student>+<assignment>+<time> folder,
    whose owner is checked: not as, say, inbound/submitted/<another student>/..."""
    folders = {()} if source_name == "inbound" else set()
    for entry in entries:
        parts = entry.parts
        folders.update(tuple(parts[: i + 1]) for i, p in enumerate(parts[:-1]) if p == "inbound")
        if entry.kind != "file":
            continue
        try:
            found = claim(entry, assignment)
        except Exception:  # noqa: BLE001 -- recorded when the entry itself is sorted out
            continue
        if found is not None and found.exchange_index >= 0:
            folders.add(tuple(parts[: found.exchange_index]))
    return folders


def collect(
    assignment: str,
    source: Path,
    course: GradingCourse,
    roster: dict[str, RosterEntry],
    *,
    check_owner: bool = True,
    now: float | None = None,
) -> IntakeReport:
    """Take in `source` (folder or zip). `check_owner` is nbgrader's ExchangeCollect.check_owner:
    on, an exchange folder not owned by the student it names is set aside (wrong_owner); off,
    it is collected and listed in `unchecked_owners`. `now` is the collection time: later
    submission times are not trusted."""
    now = time.time() if now is None else now
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
    suspect_times: dict[str, IntakeRecord] = {}  # exchange folder -> its suspect_time record
    inbound = _inbound_folders(entries, assignment, source.name)

    def sort_out(entry: Entry) -> None:
        if any(part in SYSTEM_JUNK or part.startswith("._") for part in entry.parts):
            report.records.append(IntakeRecord(entry.path, "ignored", detail="system file"))
            return
        if entry.kind == "unreadable":
            report.records.append(IntakeRecord(entry.path, "unreadable", detail=entry.problem))
            return
        if entry.kind != "file":
            detail = {
                "symlink": "symbolic link: not followed, nothing copied",
                "unsafe": "absolute or '..' path in the archive: not extracted",
                "other": "not a regular file (device, FIFO or socket): skipped",
            }[entry.kind]
            status = entry.kind if entry.kind != "other" else "unmatched"
            report.records.append(IntakeRecord(entry.path, status, detail=detail))
            return
        found = claim(entry, assignment)
        if found is None:
            report.records.append(
                _set_aside(course, assignment, label, entry, "", "unknown layout")
            )
            return
        if found.exchange_index < 0 and any(
            len(entry.parts) > len(folder) and tuple(entry.parts[: len(folder)]) == folder
            for folder in inbound
        ):
            reason = (
                "in the exchange's inbound folder, where every student can write, but not in a "
                "<student>+<assignment>+<time> folder: not a submission"
            )
            report.records.append(_set_aside(course, assignment, label, entry, "", reason))
            return
        student, note = resolve_student(found, roster)
        if student is None:
            report.records.append(_set_aside(course, assignment, label, entry, "", note))
            return
        if found.exchange_index >= 0:
            folder = "/".join(entry.parts[: found.exchange_index + 1])
            mismatch = owner_mismatch(entry, found)
            if mismatch and check_owner:
                report.records.append(
                    _set_aside(
                        course,
                        assignment,
                        label,
                        entry,
                        "",
                        f"{mismatch}: not collected",
                        status="wrong_owner",
                    )
                )
                return
            if mismatch:
                note = "; ".join(filter(None, [note, f"owner check off: {mismatch}"]))
                if folder not in report.unchecked_owners:
                    report.unchecked_owners.append(folder)
            if (found.time_problem or found.time > now) and folder not in suspect_times:
                stamp = datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%d %H:%M UTC")
                why = found.time_problem or (
                    f"submission time {found.timestamp!r} is later than the collection ({stamp})"
                )
                suspect_times[folder] = IntakeRecord(
                    folder,
                    "suspect_time",
                    student,
                    detail=f"{why}: not trusted, any submission with a past time wins over it",
                )
        by_student.setdefault(student, []).append((entry, found, note))

    for entry in entries:
        try:
            sort_out(entry)
        except Exception as error:  # noqa: BLE001 -- record it, and take in everyone else
            report.records.append(IntakeRecord(entry.path, "error", detail=_reason(error)))

    for student, items in sorted(by_student.items()):
        try:
            _take_in(student, items, assignment, course, label, wanted, now, report)
        except Exception as error:  # noqa: BLE001 -- record it, and take in everyone else
            origin = items[0][0].path
            report.records.append(IntakeRecord(origin, "error", student, detail=_reason(error)))
    report.records.extend(suspect_times.values())

    report.log_file = write_intake_log(course, report)
    return report


def _take_in(
    student: str,
    items: list[tuple[Entry, Claim, str]],
    assignment: str,
    course: GradingCourse,
    label: str,
    wanted: str,
    now: float,
    report: IntakeReport,
) -> None:
    """Place one student's files: the best notebook that can be read, then its companions."""
    notebooks = [(e, c, n) for e, c, n in items if c.relative[-1].lower().endswith(".ipynb")]
    if not notebooks:
        for entry, _, note in items:
            detail = "; ".join(filter(None, [note, "this student sent no .ipynb file"]))
            report.records.append(_set_aside(course, assignment, label, entry, student, detail))
        return
    ranked = sorted(
        notebooks,
        key=lambda item: _notebook_rank(item[1].relative, wanted, item[1].time, now),
        reverse=True,
    )
    done: set[int] = set()  # ids of entries already recorded
    chosen = None
    for entry, found, note in ranked:
        data, failed = _read_entry(entry, student)
        done.add(id(entry))
        if failed is None:
            chosen, chosen_claim = entry, found
            break
        failed.detail = "; ".join(filter(None, [note, failed.detail]))
        report.records.append(failed)
    if chosen is None:
        for entry, _, note in items:
            if id(entry) not in done:
                detail = "; ".join(filter(None, [note, "no notebook of this student was read"]))
                report.records.append(_set_aside(course, assignment, label, entry, student, detail))
        return
    target = course.submission_notebook(student, assignment)
    status = _store(target, data, course, assignment, student)
    details = [note]
    original = chosen_claim.relative[-1]
    if original != target.name:
        details.append(f"renamed from {original!r}")
    if normalised_stem(original) != wanted:
        details.append(f"file name does not look like {assignment}")
    problem = notebook_problem(data)
    if problem:
        details.append(f"{problem}: the grader will report it")
    report.records.append(
        IntakeRecord(
            chosen.path,
            status,
            student,
            str(target.relative_to(course.root)),
            "; ".join(filter(None, details)),
            attention=bool(problem),
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
        if id(entry) in done:
            continue
        is_notebook = found.relative[-1].lower().endswith(".ipynb")
        if found.group != chosen_claim.group or is_notebook:
            reason = (
                f"another notebook was graded: {chosen.path}"
                if is_notebook
                else f"belongs to another submission than the one graded ({chosen_claim.group})"
            )
            report.records.append(
                _set_aside(course, assignment, student, entry, student, reason, "not_used")
            )
            continue
        payload, failed = _read_entry(entry, student)
        if failed is not None:
            report.records.append(failed)
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


def write_intake_log(course: GradingCourse, report: IntakeReport) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["origin", "status", "student", "target", "detail"])
    for r in report.records:
        writer.writerow([r.origin, r.status, r.student, r.target, r.detail])
    path = course.intake_dir(report.assignment) / f"intake-{utc_stamp()}.csv"
    write_atomic(path, buffer.getvalue())
    return path
