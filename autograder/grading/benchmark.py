"""Benchmark: plain `nbgrader autograde` (serial) against `smcm grade` (every core).

    python -m autograder.grading.benchmark --n 30

Makes N submissions of an assignment (the student version with the source's solutions typed
in; every 3rd student an independent correct answer set and every 4th a wrong one from
tests/answers/, every 9th hands in the untouched student version), grades them with nbgrader
in its own temporary course and with
`smcm grade` in another, checks that every grade cell got the same score, and prints both
wall-clock times and their ratio. Both sides start from a gradebook that already holds the
assignment (nbgrader generate_assignment / the first step of smcm grade), and both are timed as
the command an instructor runs, interpreter start-up included. Not a test: the numbers depend
on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nbgrader.api import Gradebook

from ..config import ensure_environment_tools_on_path
from ..paths import CONFIG_FILE, SOURCE_DIR, assignments
from ..typed_in import answer_submissions, filled_student_notebook
from .course import GradingCourse
from .gradebook import ensure_assignment
from .run import default_workers

WRONG_ANSWERS = {
    "wilson_interval": (
        "def wilson_interval(k, n, z=1.959963984540054):\n"
        '    """Wilson score interval (low, high) for k successes out of n trials."""\n'
        "    return (0.0, 1.0)\n"
    ),
    "duplicated_ids": (
        "def duplicated_ids(raw):\n"
        '    """The set of tweet ids that occur in more than one row."""\n'
        "    return set()\n"
    ),
}


def class_of(n: int, assignment: str) -> dict[str, dict]:
    """n submissions: most type in the reference; every 3rd an independent correct answer set
    and every 4th a wrong one from tests/answers/ (cycling through them), every 9th hands in
    the untouched student version. For w01 without answer files: WRONG_ANSWERS as before."""
    sets = answer_submissions(assignment)
    correct = [r for name, (r, _) in sorted(sets.items()) if name.startswith("correct-")]
    wrong = [r for name, (r, _) in sorted(sets.items()) if name.startswith("wrong-")]
    students = {}
    for i in range(n):
        replacements = {}
        if i % 3 == 2 and correct:
            replacements = correct[(i // 3) % len(correct)]
        if i % 4 == 1:
            replacements = wrong[(i // 4) % len(wrong)] if wrong else {
                "wilson_interval": WRONG_ANSWERS["wilson_interval"]}  # fmt: skip
        students[f"student{i:03d}"] = filled_student_notebook(
            assignment, replacements, attempted=i % 9 != 8
        )
    return students


def place(root: Path, assignment: str, students: dict[str, dict]) -> None:
    for student, nb in students.items():
        path = root / "submitted" / student / assignment / f"{assignment}.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(nb, indent=1))


def auto_scores(db_url: str, assignment: str) -> dict[tuple[str, str], float | None]:
    with Gradebook(db_url, course_id="smcm") as gradebook:
        found = {}
        for submission in gradebook.find_assignment(assignment).submissions:
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    found[(submission.student.id, grade.name)] = grade.auto_score
        gradebook.engine.dispose()
        return found


def run_timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout[-3000:]}"
            f"\n{done.stderr[-3000:]}"
        )
    return seconds


def plain_nbgrader(root: Path, assignment: str, students: dict[str, dict]) -> float:
    """Time `nbgrader autograde` in a course of its own (config: the course's, re-rooted)."""
    shutil.copytree(SOURCE_DIR / assignment, root / "source" / assignment)
    (root / "nbgrader_config.py").write_text(
        "c = get_config()  # noqa: F821\n"
        f"load_subconfig({str(CONFIG_FILE)!r})  # noqa: F821\n"
        f"c.CourseDirectory.root = {str(root)!r}\n"
        f"c.CourseDirectory.db_url = {'sqlite:///' + str(root / 'gradebook.db')!r}\n"
        f"c.Exchange.root = {str(root / 'exchange')!r}\n"
    )
    nbgrader = [sys.executable, "-m", "nbgrader"]
    run_timed([*nbgrader, "generate_assignment", assignment, "--force"], root)
    place(root, assignment, students)
    return run_timed([*nbgrader, "autograde", assignment, "--create"], root)


def smcm_grade(root: Path, assignment: str, students: dict[str, dict], args) -> float:
    ensure_assignment(
        GradingCourse(root=root, db_url=f"sqlite:///{root / 'gradebook.db'}"), assignment
    )
    place(root, assignment, students)
    command = [sys.executable, "-m", "autograder.cli", "grade", assignment, "--course", str(root)]
    command += ["--workers", str(args.workers)] + (["--unsafe"] if args.unsafe else [])
    return run_timed(command, Path.cwd())


def benchmark(assignment: str, args) -> dict:
    """One assignment: both graders on the same class; times, ratio and differing cells."""
    scratch = Path(tempfile.mkdtemp(prefix="smcm-benchmark-"))
    try:
        students = class_of(args.n, assignment)
        print(f"{args.n} submissions of {assignment}; {os.cpu_count()} cores; "
              f"smcm workers: {args.workers}", flush=True)  # fmt: skip
        plain = plain_nbgrader(scratch / "nbgrader", assignment, students)
        print(f"nbgrader autograde (serial): {plain:.1f} s", flush=True)
        ours = smcm_grade(scratch / "smcm", assignment, students, args)
        print(f"smcm grade ({args.workers} workers): {ours:.1f} s", flush=True)
        theirs = auto_scores(f"sqlite:///{scratch / 'nbgrader' / 'gradebook.db'}", assignment)
        mine = auto_scores(f"sqlite:///{scratch / 'smcm' / 'gradebook.db'}", assignment)
        differ = sorted(k for k in set(theirs) | set(mine) if theirs.get(k) != mine.get(k))
        for student, cell in differ:
            print(f"  DIFFERENT {student} {cell}: nbgrader {theirs.get((student, cell))}, "
                  f"smcm {mine.get((student, cell))}")  # fmt: skip
        total = sum(v or 0 for v in mine.values())
        print(f"scores identical: {'yes' if not differ else 'NO'} "
              f"({len(mine)} grade cells, {total:g} points in all)")  # fmt: skip
        print(f"speed-up: {plain / ours:.2f}x (nbgrader {plain:.1f} s / smcm {ours:.1f} s)")
        return {"assignment": assignment, "nbgrader": plain, "smcm": ours,
                "cells": len(mine), "differ": len(differ)}  # fmt: skip
    finally:
        if args.keep:
            print(f"kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m autograder.grading.benchmark")
    parser.add_argument("--n", type=int, default=30, help="number of submissions")
    parser.add_argument("--assignment", default="w01_orientation")
    parser.add_argument("--all", action="store_true", help="every assignment in source/")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--unsafe", action="store_true", help="smcm without its sandbox")
    parser.add_argument("--keep", action="store_true", help="keep the two temporary courses")
    args = parser.parse_args(argv)
    ensure_environment_tools_on_path()  # nbgrader runs `alembic` from PATH
    names = assignments() if args.all else [args.assignment]
    rows = [benchmark(name, args) for name in names]
    print(f"\n{'assignment':<22} {'nbgrader s':>10} {'smcm s':>8} {'ratio':>6} identical")
    for r in rows:
        print(f"{r['assignment']:<22} {r['nbgrader']:>10.1f} {r['smcm']:>8.1f} "
              f"{r['nbgrader'] / r['smcm']:>5.2f}x {'yes' if not r['differ'] else 'NO'} "
              f"({r['cells']} cells)")  # fmt: skip
    return 1 if any(r["differ"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
