"""The code base is lint-clean and formatted (ruff, configured in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from autograder.paths import COURSE_ROOT


def test_ruff_check_passes():
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run(
        [str(ruff), "check", "--quiet", "autograder", "datasets", "tests", "course"],
        cwd=COURSE_ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_applied():
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run(
        [str(ruff), "format", "--check", "autograder", "datasets", "tests", "course"],
        cwd=COURSE_ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, "run `ruff format`:\n" + result.stdout + result.stderr
