"""The folders of a graded course and the small file helpers every grading step shares.

The layout is nbgrader's: submitted/<student>/<assignment>/, autograded/..., feedback/...,
plus backups/, intake/, exports/ and reports/ for what the smcm commands add.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..config import GradingSettings, load_course_config
from ..paths import COURSE_ROOT, SOURCE_DIR

# Student ids become folder names: letters, digits and . _ @ - only, never starting with a dot.
STUDENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$")
RESULT_FILE = "grading_result.json"


def utc_stamp() -> str:
    """A sortable UTC time stamp for folder and file names (microseconds keep them unique)."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write via a temporary file and rename, so an interrupted run never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class GradingCourse:
    """Where one course's grading data lives. `root` holds submitted/, autograded/, ...;
    `source_dir` the trusted instructor notebooks; `db_url` the nbgrader gradebook."""

    root: Path
    db_url: str
    course_id: str = "smcm"
    source_dir: Path = SOURCE_DIR

    @classmethod
    def from_config(
        cls, root: Path | None = None, settings: GradingSettings | None = None
    ) -> GradingCourse:
        config = load_course_config()
        settings = settings or GradingSettings.from_config(config)
        directory = config.get("CourseDirectory", {})
        root = Path(root or directory.get("root") or COURSE_ROOT).resolve()
        return cls(
            root=root,
            db_url=settings.db_url or f"sqlite:///{root / 'gradebook.db'}",
            course_id=str(directory.get("course_id", "smcm")),
        )

    # --- nbgrader's folders -----------------------------------------------------------------
    def submission_dir(self, student: str, assignment: str) -> Path:
        return self.root / "submitted" / student / assignment

    def submission_notebook(self, student: str, assignment: str) -> Path:
        return self.submission_dir(student, assignment) / f"{assignment}.ipynb"

    def autograded_dir(self, student: str, assignment: str) -> Path:
        return self.root / "autograded" / student / assignment

    def result_file(self, student: str, assignment: str) -> Path:
        return self.autograded_dir(student, assignment) / RESULT_FILE

    def feedback_dir(self, student: str, assignment: str) -> Path:
        return self.root / "feedback" / student / assignment

    # --- the smcm commands' own folders -----------------------------------------------------
    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    def intake_dir(self, assignment: str) -> Path:
        return self.root / "intake" / assignment

    @property
    def exports_dir(self) -> Path:
        return self.root / "exports"

    @property
    def reports_dir(self) -> Path:
        return self.root / "reports"

    @property
    def default_roster(self) -> Path:
        return self.root / "roster.csv"

    def students_with_submission(self, assignment: str) -> list[str]:
        """Students with submitted/<student>/<assignment>/<assignment>.ipynb, sorted."""
        folder = self.root / "submitted"
        if not folder.is_dir():
            return []
        return sorted(
            p.name
            for p in folder.iterdir()
            if STUDENT_ID.match(p.name)
            and not p.is_symlink()
            and (p / assignment / f"{assignment}.ipynb").is_file()
        )


# --- the roster ---------------------------------------------------------------------------

ROSTER_COLUMNS = (
    "student_id",  # required: the nbgrader student id (folder name)
    "lms_id",  # Canvas user id / Moodle participant id, as in the LMS download's file names
    "first_name",
    "last_name",
    "email",
    "sis_user_id",
    "sis_login_id",
    "section",
    "idnumber",  # Moodle's "ID number"
)


@dataclass(frozen=True)
class RosterEntry:
    student_id: str
    lms_id: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    sis_user_id: str = ""
    sis_login_id: str = ""
    section: str = ""
    idnumber: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


class RosterError(ValueError):
    pass


def read_roster(path: Path | None) -> dict[str, RosterEntry]:
    """{student_id: entry} from a roster CSV (columns: see ROSTER_COLUMNS; only student_id is
    required). Missing file -> empty roster."""
    if path is None or not Path(path).is_file():
        return {}
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = [h.strip() for h in reader.fieldnames or []]
        if "student_id" not in header:
            raise RosterError(
                f"{path}: the roster needs a student_id column (optional: "
                f"{', '.join(ROSTER_COLUMNS[1:])}); found {', '.join(header) or 'no header'}"
            )
        roster = {}
        for number, row in enumerate(reader, start=2):
            row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
            student = row.get("student_id", "")
            if not STUDENT_ID.match(student):
                raise RosterError(
                    f"{path}:{number}: student_id {student!r} is not usable as a folder name "
                    "(letters, digits, . _ @ - only)"
                )
            if student in roster:
                raise RosterError(f"{path}:{number}: student_id {student!r} appears twice")
            roster[student] = RosterEntry(**{k: row.get(k, "") for k in ROSTER_COLUMNS})
    return roster
