"""A working copy of the course somewhere else (tests that grade or audit from /tmp)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from autograder.paths import COURSE_ROOT


def copy_course(target: Path) -> None:
    """The tracked course files, and a .venv of hard links whose editable install maps the
    course's packages to the copy (the finder file is replaced, never edited in place)."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=COURSE_ROOT, capture_output=True,
                           check=True).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, files):
        source = COURSE_ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    venv = Path(sys.prefix)
    subprocess.run(["cp", "-al", str(venv), str(target / ".venv")], check=True)
    for finder in (target / ".venv").glob("lib/python3*/site-packages/__editable__*finder.py"):
        text = finder.read_text().replace(repr(str(COURSE_ROOT))[1:-1], str(target))
        finder.unlink()  # a hard link: write a new file, not through the link
        finder.write_text(text)
