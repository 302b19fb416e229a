"""The grader works wherever the course lives: here, a copy under /tmp in a folder with a space.

The sandbox mounts a private /tmp; a course (and its .venv) under /tmp must still be visible in
it. The copy has its own .venv (hard links to this one's files, with the editable install
pointed at the copy), so the interpreter, the packages and the course code all run from /tmp.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from fixtures_grading.course_copy import copy_course
from fixtures_grading.submissions import AUTOGRADED_POINTS

from autograder.grading import sandbox
from autograder.paths import COURSE_ROOT

pytestmark = pytest.mark.skipif(sandbox.bwrap_path() is None, reason="bubblewrap not installed")

GRADE_BOTH = """
import json, sys, tempfile
from pathlib import Path
import autograder
from autograder.grading.engine import grade_submission
from autograder.typed_in import filled_student_notebook

out = {"autograder": autograder.__file__, "prefix": sys.prefix}
for name, attempted in (("reference", True), ("untouched", False)):
    folder = Path(tempfile.mkdtemp()) / name / "w01_orientation"
    folder.mkdir(parents=True)
    path = folder / "w01_orientation.ipynb"
    path.write_text(json.dumps(filled_student_notebook("w01_orientation", attempted=attempted)))
    result = grade_submission("w01_orientation", name, path)
    out[name] = {"status": result.status, "total": result.total, "flags": result.flags,
                 "messages": [c.message for c in result.cells if c.message]}
print(json.dumps(out))
"""


@pytest.mark.skipif(not (Path(sys.prefix) / "pyvenv.cfg").is_file(), reason="needs a venv")
def test_a_course_under_tmp_with_a_space_grades_right():
    root = Path(tempfile.mkdtemp(prefix="smcm course copy ", dir="/tmp"))
    root.chmod(0o755)  # the sandbox runs as an unprivileged user: the course must be readable
    try:
        course = root / "course"
        copy_course(course)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        data = [p for p in (COURSE_ROOT.parent / "shared" / "data",) if p.is_dir()]
        if data and "SMCM_DATA_DIR" not in env:
            env["SMCM_DATA_DIR"] = str(data[0])
        done = subprocess.run(
            [str(course / ".venv" / "bin" / "python"), "-c", GRADE_BOTH],
            cwd=course, env=env, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
        out = json.loads(done.stdout.strip().splitlines()[-1])
        assert out["autograder"].startswith(str(course)), "the copy's own code graded"
        assert out["prefix"].startswith(str(root)), "the copy's own environment graded"
        assert out["reference"] == {"status": "graded", "total": AUTOGRADED_POINTS, "flags": [],
                                    "messages": []}, out["reference"]  # fmt: skip
        assert out["untouched"]["status"] == "graded" and out["untouched"]["total"] == 0
        assert all("NotImplementedError" in m for m in out["untouched"]["messages"])
    finally:
        shutil.rmtree(root, ignore_errors=True)
