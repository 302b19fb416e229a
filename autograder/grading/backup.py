"""Timestamped backups taken before every grading run: backups/<UTC time>-<assignment>/.

Each holds the gradebook (SQLite: a consistent copy through SQLite's backup API; any other
database: every table dumped as JSON) and a tar.gz of the assignment's submitted/ and
autograded/ folders. Backup folders are created exclusively, so one is never overwritten.
"""

from __future__ import annotations

import json
import sqlite3
import tarfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import MetaData, create_engine, select
from sqlalchemy.engine import make_url

from .course import GradingCourse, utc_stamp


@dataclass
class Backup:
    folder: Path
    gradebook: Path | None
    archive: Path
    files: int


def _new_backup_folder(course: GradingCourse, assignment: str) -> Path:
    course.backups_dir.mkdir(parents=True, exist_ok=True)
    for attempt in range(100):
        suffix = f"-{attempt}" if attempt else ""
        folder = course.backups_dir / f"{utc_stamp()}-{assignment}{suffix}"
        try:
            folder.mkdir()  # exclusive: an existing backup is never reused or overwritten
            return folder
        except FileExistsError:
            continue
    raise FileExistsError(f"could not create a fresh backup folder in {course.backups_dir}")


def backup_gradebook(db_url: str, folder: Path) -> Path | None:
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if not path.is_file():
            return None  # no gradebook yet: nothing to lose
        target = folder / "gradebook.db"
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as source:
            with sqlite3.connect(target) as copy:
                source.backup(copy)
        return target
    engine = create_engine(db_url)
    try:
        metadata = MetaData()
        metadata.reflect(bind=engine)
        with engine.connect() as connection:
            dump = {
                name: [dict(row._mapping) for row in connection.execute(select(table))]
                for name, table in sorted(metadata.tables.items())
            }
    finally:
        engine.dispose()
    target = folder / "gradebook.json"
    target.write_text(json.dumps(dump, default=str, indent=1))
    return target


def backup_before_grading(course: GradingCourse, assignment: str) -> Backup:
    folder = _new_backup_folder(course, assignment)
    gradebook = backup_gradebook(course.db_url, folder)
    archive = folder / "submissions.tar.gz"
    files = 0
    with tarfile.open(archive, "w:gz") as tar:
        for kind in ("submitted", "autograded"):
            base = course.root / kind
            if not base.is_dir():
                continue
            for student_dir in sorted(base.iterdir()):
                work = student_dir / assignment
                if work.is_dir() and not student_dir.is_symlink():
                    # symlinks are stored as links, never followed
                    tar.add(work, arcname=f"{kind}/{student_dir.name}/{assignment}")
                    files += sum(1 for p in work.rglob("*") if p.is_file())
    return Backup(folder, gradebook, archive, files)
