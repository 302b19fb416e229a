"""The capstone passes the audit for another cohort too: another seed and another crisis type.

The committed `source/w13_capstone/scenario.toml` is one cohort's choice. Here a copy of the
course under /tmp gets a different seed and a different type, its student version is rebuilt,
and the audit must pass there as well (the reference, the untouched release, the independent
correct answers and a wrong set, each graded through the engine and plain nbgrader with no
difference; mutation analysis aside, as the committed record covers it): the hidden tests follow
the configured seed, and nothing in the week may depend on one type's shape.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import pytest
from fixtures_grading.course_copy import copy_course

from autograder.grading import sandbox
from autograder.paths import COURSE_ROOT

CAPSTONE = "w13_capstone"
CONFIG = COURSE_ROOT / "source" / CAPSTONE / "scenario.toml"

pytestmark = [
    pytest.mark.skipif(not CONFIG.is_file(), reason="the capstone is not written yet"),
    pytest.mark.skipif(sandbox.bwrap_path() is None, reason="bubblewrap not installed"),
    pytest.mark.skipif(not (Path(sys.prefix) / "pyvenv.cfg").is_file(), reason="needs a venv"),
]


def other_cohort(config: dict) -> dict:
    from smcm_data.scenario import CRISIS_TYPES

    other_type = next(t for t in CRISIS_TYPES if t != config["crisis_type"])
    return {"seed": int(config["seed"]) + 101, "crisis_type": other_type}


def test_the_capstone_passes_the_audit_for_another_seed_and_type():
    config = tomllib.loads(CONFIG.read_text())
    variant = other_cohort(config)
    assert variant["seed"] != config["seed"] and variant["crisis_type"] != config["crisis_type"]
    root = Path(tempfile.mkdtemp(prefix="smcm capstone ", dir="/tmp"))
    root.chmod(0o755)  # the sandbox runs as an unprivileged user: the course must be readable
    try:
        course = root / "course"
        copy_course(course)
        (course / "source" / CAPSTONE / "scenario.toml").write_text(
            f'seed = {variant["seed"]}\ncrisis_type = "{variant["crisis_type"]}"\n'
        )
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", SMCM_AUDIT_CACHE="off")
        data = COURSE_ROOT.parent / "shared" / "data"
        if data.is_dir() and "SMCM_DATA_DIR" not in env:
            env["SMCM_DATA_DIR"] = str(data)
        python = str(course / ".venv" / "bin" / "python")
        for command in (["build", CAPSTONE], ["audit", CAPSTONE, "--no-mutation"]):
            done = subprocess.run(
                [python, "-m", "autograder.cli", *command],
                cwd=course, env=env, capture_output=True, text=True, timeout=1200,
            )  # fmt: skip
            assert done.returncode == 0, (
                f"smcm {' '.join(command)} with {variant}:\n{done.stdout[-4000:]}\n"
                f"{done.stderr[-3000:]}"
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)
