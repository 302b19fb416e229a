"""The instructor's grading workflow: smcm collect, grade, feedback, export, report.

Most tests grade with a test double of the engine (tests/fixtures_grading/fake_engine.py) so
that what they check (resuming, failures, gradebook, exports) is exact and quick; the real,
sandboxed engine grades through both the process pool (the `smcm grade` command) and a
two-worker Dask cluster in test_real_engine_*.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import zipfile
from glob import glob
from pathlib import Path

import pytest
from fixtures_grading import fake_engine
from fixtures_grading.submissions import (
    ASSIGNMENT,
    AUTOGRADED_POINTS,
    MANUAL_POINTS,
    student_notebook,
    write_submission,
)

from autograder.cli import main as smcm
from autograder.grading.course import GradingCourse, read_roster
from autograder.grading.feedback import HIDDEN_REPLACEMENT, write_feedback
from autograder.grading.gradebook import check_integrity, open_gradebook
from autograder.grading.intake import collect
from autograder.grading.report import build_report
from autograder.grading.run import SandboxRefused, grade_assignment, read_result
from autograder.grading.scores import gradebook_scores, hidden_test_lines

MAX_AUTOGRADED = AUTOGRADED_POINTS  # w01_orientation's autograded points (hand-graded apart)
MAX_TOTAL = AUTOGRADED_POINTS + MANUAL_POINTS
WILSON_POINTS = 2.0


def make_course(root: Path, db_url: str | None = None) -> GradingCourse:
    root.mkdir(parents=True, exist_ok=True)
    return GradingCourse(root=root, db_url=db_url or f"sqlite:///{root / 'gradebook.db'}")


def grade_fake(course: GradingCourse, **kwargs):
    kwargs.setdefault("workers", 2)
    return grade_assignment(
        course, ASSIGNMENT, grade_fn=fake_engine.grade_submission, progress=False, **kwargs
    )


def scores_of(course: GradingCourse) -> dict[str, dict[str, float | None]]:
    return {
        student: {c.grade_id: c.score for c in s.cells}
        for student, s in gradebook_scores(course, ASSIGNMENT).items()
    }


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


CLEAN = {  # student -> wrong exercises
    "alice": (),
    "bob": ("wilson_interval",),
    "frank": ("duplicated_ids", "wilson_interval"),
    "gina": (),
}


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory):
    """Four honest submissions, graded in two goes: the first run is interrupted (Ctrl-C)
    after two results are recorded, the second resumes."""
    course = make_course(tmp_path_factory.mktemp("clean") / "course")
    for student, wrong in CLEAN.items():
        write_submission(course.root, student, student_notebook(wrong=wrong))
    recorded = []

    def interrupt_after_two(record):
        recorded.append(record["student"])
        if len(recorded) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        grade_fake(course, on_recorded=interrupt_after_two)
    after_interrupt = {
        s: course.result_file(s, ASSIGNMENT).is_file() for s in CLEAN
    }  # which results exist
    backups_after_first = sorted(course.backups_dir.iterdir())
    first_backup_digest = tree_digest(backups_after_first[0])
    second = grade_fake(course)
    return {
        "course": course,
        "interrupted_recorded": recorded,
        "after_interrupt": after_interrupt,
        "backups_after_first": backups_after_first,
        "first_backup_digest": first_backup_digest,
        "second": second,
    }


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory):
    """The same honest submissions plus one that kills its worker process, one the engine
    raises on, and one the engine flags."""
    course = make_course(tmp_path_factory.mktemp("mixed") / "course")
    for student in ("alice", "bob"):
        write_submission(course.root, student, student_notebook(wrong=CLEAN[student]))
    write_submission(course.root, "carol", student_notebook(marker="FAKE:CRASH"))
    write_submission(course.root, "dan", student_notebook(marker="FAKE:RAISE"))
    write_submission(course.root, "erin", student_notebook(attempted=False, marker="FAKE:FLAG"))
    run = grade_fake(course)
    return course, run


# --- intake -------------------------------------------------------------------------------


def test_collect_nbgrader_and_exchange_layouts_with_odd_names(tmp_path):
    course = make_course(tmp_path / "course")
    incoming = tmp_path / "incoming"
    alice = incoming / "submitted" / "alice" / ASSIGNMENT
    alice.mkdir(parents=True)
    (alice / f"{ASSIGNMENT}.ipynb").write_text('{"who": "alice"}')
    (alice / "timestamp.txt").write_text("2026-02-01 10:00:00.000000 UTC")
    bob = incoming / "submitted" / "bob" / "W01_Orientation"
    bob.mkdir(parents=True)
    (bob / "ps1 (1).ipynb").write_text('{"who": "bob"}')
    inbound = incoming / "inbound"
    older = inbound / f"carol+{ASSIGNMENT}+2026-02-01 09:00:00.000000 UTC+aaaa"
    newer = inbound / f"carol+{ASSIGNMENT}+2026-02-02 09:00:00.000000 UTC+bbbb"
    for folder, text in ((older, "old"), (newer, "new")):
        folder.mkdir(parents=True)
        (folder / f"{ASSIGNMENT}.ipynb").write_text(f'{{"who": "carol {text}"}}')
    dave = incoming / "submitted" / "dave" / ASSIGNMENT
    dave.mkdir(parents=True)
    (dave / f"{ASSIGNMENT}.ipynb").symlink_to("/etc/passwd")
    (incoming / "notes.txt").write_text("not a submission")
    before = tree_digest(incoming)

    report = collect(ASSIGNMENT, incoming, course, {}, check_owner=False)

    nb = lambda s: course.submission_notebook(s, ASSIGNMENT)  # noqa: E731
    assert json.loads(nb("alice").read_text()) == {"who": "alice"}
    assert (nb("alice").parent / "timestamp.txt").read_text().startswith("2026-02-01 10:00")
    assert json.loads(nb("bob").read_text()) == {"who": "bob"}
    assert json.loads(nb("carol").read_text()) == {"who": "carol new"}
    assert (nb("carol").parent / "timestamp.txt").read_text() == "2026-02-02 09:00:00.000000 UTC"
    assert not course.submission_dir("dave", ASSIGNMENT).exists()  # the link was not followed
    by_status = {(r.status, Path(r.origin).name) for r in report.records}
    assert ("symlink", f"{ASSIGNMENT}.ipynb") in by_status
    assert ("unmatched", "notes.txt") in by_status
    assert ("not_used", f"{ASSIGNMENT}.ipynb") in by_status  # carol's older submission
    kept = [r.target for r in report.records if r.status in ("unmatched", "not_used")]
    assert all((course.root / k).is_file() for k in kept) and len(kept) == 2
    assert tree_digest(incoming) == before  # the originals are never touched
    assert report.log_file.is_file()

    again = collect(ASSIGNMENT, incoming, course, {}, check_owner=False)  # idempotent
    placed = [r for r in again.records if r.student in ("alice", "bob", "carol")]
    assert {r.status for r in placed} <= {"unchanged", "not_used"}


def test_collect_lms_zips_with_roster_and_hostile_members(tmp_path):
    course = make_course(tmp_path / "course")
    roster_file = tmp_path / "roster.csv"
    roster_file.write_text(
        "student_id,lms_id,first_name,last_name,email\n"
        "jdoe,12345,Jane,Doe,jane@example.org\n"
        "jsmith,23456,John,Smith,john@example.org\n"
        "jalvarez,,José,Álvarez,jose@example.org\n"
    )
    roster = read_roster(roster_file)
    archive = tmp_path / "submissions.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("doejane_12345_991_W01_Orientation-1.ipynb", '{"who": "jane"}')
        z.writestr("smithjohn_LATE_23456_992_w01 orientation (2).ipynb", '{"who": "john"}')
        z.writestr("nobodyhere_99999_993_w01_orientation.ipynb", '{"who": "stranger"}')
        z.writestr(
            "José Álvarez_777_assignsubmission_file_/Wöche 01 Orientation (1).ipynb",
            '{"who": "jose"}',
        )
        z.writestr("../../escaped.ipynb", '{"who": "zip slip"}')
        link = zipfile.ZipInfo("doejane_12345_994_link.ipynb")
        link.external_attr = (0o120777 << 16) | 0x20  # a symlink member
        z.writestr(link, "/etc/passwd")

    report = collect(ASSIGNMENT, archive, course, roster)

    nb = lambda s: json.loads(course.submission_notebook(s, ASSIGNMENT).read_text())  # noqa: E731
    assert nb("jdoe") == {"who": "jane"}
    assert nb("jsmith") == {"who": "john"}
    assert nb("jalvarez") == {"who": "jose"}  # matched by name (no LMS id in the roster)
    statuses = {r.origin: r.status for r in report.records}
    assert statuses["nobodyhere_99999_993_w01_orientation.ipynb"] == "unmatched"
    assert statuses["../../escaped.ipynb"] == "unsafe"
    assert statuses["doejane_12345_994_link.ipynb"] == "symlink"
    stranger = next(r for r in report.records if r.origin.startswith("nobodyhere"))
    assert json.loads((course.root / stranger.target).read_text()) == {"who": "stranger"}
    assert not list(tmp_path.rglob("escaped.ipynb"))  # nothing escaped the course folder
    assert {p.name for p in (course.root / "submitted").iterdir()} == {
        "jdoe",
        "jsmith",
        "jalvarez",
    }

    # The same zip through the command line: unmatched entries make it exit 1.
    code = smcm(["collect", ASSIGNMENT, "--from", str(archive), "--course", str(course.root),
                 "--roster", str(roster_file)])  # fmt: skip
    assert code == 1


# --- grading --------------------------------------------------------------------------------


def test_grading_resumes_after_an_interruption_and_keeps_every_backup(clean_run):
    course = clean_run["course"]
    done_first = {s for s, exists in clean_run["after_interrupt"].items() if exists}
    assert done_first == set(clean_run["interrupted_recorded"]) and len(done_first) == 2
    second = clean_run["second"]
    assert sorted(second.graded) == sorted(set(CLEAN) - done_first)  # only what was missing
    assert second.already_graded == 2 and not second.failed and not second.integrity_problems
    backups = sorted(course.backups_dir.iterdir())
    assert len(backups) == 2 and backups[0] == clean_run["backups_after_first"][0]
    assert tree_digest(backups[0]) == clean_run["first_backup_digest"]  # never overwritten
    with sqlite3.connect(backups[1] / "gradebook.db") as db:  # a usable gradebook copy
        assert db.execute("select count(*) from submitted_assignment").fetchone()[0] == 2

    scores = scores_of(course)
    assert set(scores) == set(CLEAN)
    assert scores["alice"]["test_wilson_interval"] == WILSON_POINTS
    assert scores["bob"]["test_wilson_interval"] == 0.0
    assert scores["frank"]["test_duplicated_ids"] == 0.0
    assert scores["alice"]["interpretation_negative_share"] is None  # left for formgrader

    third = grade_fake(course)  # nothing to do: no grading, no new backup
    assert not third.graded and third.already_graded == 4 and third.backup is None
    # A changed submission (collected again) is graded again, alone.
    write_submission(course.root, "gina", student_notebook(wrong=("wilson_interval",)))
    fourth = grade_fake(course)
    assert fourth.graded == ["gina"] and fourth.backup is not None
    assert scores_of(course)["gina"]["test_wilson_interval"] == 0.0
    assert len(list(course.backups_dir.iterdir())) == 3


def test_one_students_failure_changes_nobody_elses_grade(clean_run, mixed_run):
    course, run = mixed_run
    assert sorted(run.graded) == ["alice", "bob", "erin"]
    assert sorted(run.failed) == ["carol", "dan"]
    assert not run.integrity_problems
    clean = clean_run["course"]
    for student in ("alice", "bob"):  # the same notebooks graded next to failures
        here, there = (
            read_result(course, student, ASSIGNMENT),
            read_result(clean, student, ASSIGNMENT),
        )
        assert here["cells"] == there["cells"] and here["status"] == "graded"
        assert scores_of(course)[student] == scores_of(clean)[student]
    crashed = read_result(course, "carol", ASSIGNMENT)
    assert crashed["status"] == "failed" and "died" in crashed["flags"][0]
    raised = read_result(course, "dan", ASSIGNMENT)
    assert "RuntimeError" in raised["flags"][0]
    # erin left the hand-graded answer as the stub: 0 without hand grading, as in nbgrader
    interpretation = gradebook_scores(course, ASSIGNMENT)["erin"].cells[-1]
    assert interpretation.grade_id == "interpretation_negative_share"
    assert interpretation.auto_score == 0.0 and not interpretation.needs_manual_grade
    for student in ("carol", "dan"):  # in the gradebook with nothing earned, flagged for review
        cells = gradebook_scores(course, ASSIGNMENT)[student].cells
        assert all(c.auto_score in (0.0, None) for c in cells)
        assert all(c.needs_manual_grade for c in cells)


def test_grading_refuses_without_a_sandbox(tmp_path):
    course = make_course(tmp_path / "course")
    write_submission(course.root, "alice", student_notebook(marker="FAKE:NO_SANDBOX"))
    with pytest.raises(SandboxRefused, match="bwrap"):
        grade_fake(course)
    assert not course.result_file("alice", ASSIGNMENT).exists()
    assert gradebook_scores(course, ASSIGNMENT) == {}


def test_integrity_check_catches_a_tampered_gradebook(mixed_run, tmp_path):
    course, _ = mixed_run
    copy = make_course(tmp_path / "course")
    shutil.copy(course.root / "gradebook.db", copy.root / "gradebook.db")
    assert check_integrity(copy, ASSIGNMENT) == []
    with sqlite3.connect(copy.root / "gradebook.db") as db:
        db.execute(
            "update source_cell set source = 'assert True' where name = 'test_wilson_interval'"
        )
        db.execute(
            "update grade set auto_score = 99 where cell_id = "
            "(select id from base_cell where name = 'test_negative_share') "
            "and auto_score is not null"
        )
    problems = check_integrity(copy, ASSIGNMENT)
    assert any(p.startswith("cell test_wilson_interval:") and "source" in p for p in problems)
    assert any("test_negative_share auto_score 99" in p for p in problems)


# --- feedback, export, report ------------------------------------------------------------


def test_feedback_pages_show_scores_and_never_hidden_tests(mixed_run):
    course, _ = mixed_run
    hidden = hidden_test_lines(course, ASSIGNMENT)
    assert hidden
    # An engine message quoting a hidden test must not reach the student.
    result_file = course.result_file("bob", ASSIGNMENT)
    record = json.loads(result_file.read_text())
    leaked = next(iter(sorted(hidden)))
    for cell in record["cells"]:
        if cell["grade_id"] == "test_wilson_interval":
            cell["message"] = f"assertion failed: {leaked}"
    result_file.write_text(json.dumps(record))

    pages = write_feedback(course, ASSIGNMENT)
    assert {p.parent.parent.name for p in pages} == {"alice", "bob", "carol", "dan", "erin"}
    for page in pages:
        text = page.read_text()
        assert not any(line in text for line in hidden), page
        assert "/work/" not in text and "gradebook" not in text
    bob = course.feedback_dir("bob", ASSIGNMENT) / f"{ASSIGNMENT}.html"
    text = bob.read_text()
    assert f"Score: <strong>{MAX_AUTOGRADED - WILSON_POINTS:g} / {MAX_TOTAL:g}</strong>" in text
    assert HIDDEN_REPLACEMENT in text and "assertion failed" not in text
    assert "to be graded by hand" in text
    carol = (course.feedback_dir("carol", ASSIGNMENT) / f"{ASSIGNMENT}.html").read_text()
    assert "could not be graded automatically" in carol and "died" not in carol


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_exports_for_canvas_moodle_and_csv_include_hand_grades(mixed_run, tmp_path):
    course, _ = mixed_run
    with open_gradebook(course) as gradebook:  # a grader marks alice's answer in formgrader
        grade = gradebook.find_grade(
            "interpretation_negative_share", ASSIGNMENT, ASSIGNMENT, "alice"
        )
        grade.manual_score = 2.5
        grade.needs_manual_grade = False
        gradebook.db.commit()
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "student_id,lms_id,first_name,last_name,email,sis_user_id,sis_login_id,section,idnumber\n"
        "alice,501,Alice,Archer,alice@example.org,S-1,aarcher,A,ID-1\n"
        "bob,502,Bob,Baker,bob@example.org,S-2,bbaker,B,ID-2\n"
        "zoe,503,Zoe,Zed,zoe@example.org,S-3,zzed,A,ID-3\n"
    )
    out = {}
    for fmt in ("canvas", "moodle", "csv"):
        target = tmp_path / f"{fmt}.csv"
        code = smcm(["export", ASSIGNMENT, "--format", fmt, "--course", str(course.root),
                     "--roster", str(roster), "--output", str(target)])  # fmt: skip
        assert code == 0
        out[fmt] = target.read_text()

    canvas = _rows(out["canvas"])
    column = next(k for k in canvas[0] if k.endswith(f"({ASSIGNMENT})"))
    assert list(canvas[0])[:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert column.startswith("Week 1")
    alice = next(r for r in canvas if r["SIS User ID"] == "S-1")
    assert alice["Student"] == "Archer, Alice" and alice["ID"] == "501"
    assert float(alice[column]) == MAX_AUTOGRADED + 2.5  # automatic + hand-graded
    bob = next(r for r in canvas if r["SIS User ID"] == "S-2")
    assert float(bob[column]) == MAX_AUTOGRADED - WILSON_POINTS
    zoe = next(r for r in canvas if r["SIS User ID"] == "S-3")
    assert zoe[column] == ""  # no submission: left blank, not zero

    moodle = _rows(out["moodle"])
    assert list(moodle[0])[:3] == ["ID number", "Email address", "Full name"]
    assert (
        next(r for r in moodle if r["ID number"] == "ID-1")["Email address"] == "alice@example.org"
    )

    long = {r["student_id"]: r for r in _rows(out["csv"])}
    assert float(long["alice"]["score"]) == MAX_AUTOGRADED + 2.5
    assert float(long["alice"]["manual_score"]) == 2.5
    assert long["alice"]["max_score"] == f"{MAX_TOTAL:g}"
    assert long["bob"]["needs_manual_grade"] == "true"
    # carol and dan could not be graded: no grade is exported for them unless asked for
    assert "carol" not in long and "dan" not in long
    target = tmp_path / "with-failed.csv"
    assert smcm(["export", ASSIGNMENT, "--course", str(course.root), "--output", str(target),
                 "--include-failed"]) == 0  # fmt: skip
    with_failed = {r["student_id"]: r for r in _rows(target.read_text())}
    assert float(with_failed["carol"]["score"]) == 0.0 and "dan" in with_failed


def test_class_report_renders_figures_and_lists_who_needs_a_look(mixed_run):
    course, _ = mixed_run
    text = build_report(course, ASSIGNMENT)
    assert text.count("data:image/png;base64,") == 2
    assert f'href="../logs/{ASSIGNMENT}.log"' in text, "the report links the grading log"

    attention = text.split("need a human look")[1]
    for student, reason in (
        ("carol", "could not be graded"),
        ("dan", "could not be graded"),
        ("erin", "flagged: output truncated"),
        ("erin", "zero score"),
    ):
        assert student in attention and reason in attention
    bob_row = attention.split("<td>bob</td>")[1].split("</tr>")[0]
    assert "hand grading to do" in bob_row and "flagged" not in bob_row
    assert smcm(["report", ASSIGNMENT, "--course", str(course.root)]) == 0
    assert (course.reports_dir / f"{ASSIGNMENT}.html").is_file()


# --- PostgreSQL ------------------------------------------------------------------------------


def _postgres_bin() -> Path:
    found = sorted(glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.fail(
            "PostgreSQL is not installed; install it with: apt-get install postgresql "
            "(./smcm test installs it)"
        )
    return Path(found[-1]).parent


@pytest.fixture(scope="module")
def postgres_url():
    """A throwaway PostgreSQL server on a unix socket, run as the postgres user when root."""
    bindir = _postgres_bin()
    data = Path(tempfile.mkdtemp(prefix="smcm-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    run = lambda *args: subprocess.run([*as_user, *args], check=True, capture_output=True)  # noqa: E731
    run(str(bindir / "initdb"), "-D", str(data / "db"), "-A", "trust", "-U", "postgres")
    options = f"-k {data} -p {port} -c listen_addresses=''"
    run(str(bindir / "pg_ctl"), "-D", str(data / "db"), "-o", options, "-w", "-l",
        str(data / "log"), "start")  # fmt: skip
    try:
        run(str(bindir / "createdb"), "-h", str(data), "-p", str(port), "-U", "postgres", "grades")
        yield f"postgresql+psycopg2://postgres@/grades?host={data}&port={port}"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data / "db"), "-m", "fast", "-w", "stop")
        shutil.rmtree(data, ignore_errors=True)


def test_gradebook_on_postgresql_gives_the_same_scores(clean_run, postgres_url, tmp_path):
    course = make_course(tmp_path / "course", db_url=postgres_url)
    for student, wrong in CLEAN.items():
        write_submission(course.root, student, student_notebook(wrong=wrong))
    run = grade_fake(course)
    assert sorted(run.graded) == sorted(CLEAN) and not run.integrity_problems
    sqlite_scores = scores_of(clean_run["course"])
    sqlite_scores["gina"] = scores_of(course)["gina"]  # gina was regraded in the clean run
    assert scores_of(course) == sqlite_scores
    assert scores_of(course)["frank"]["test_wilson_interval"] == 0.0
    dump = json.loads((run.backup.folder / "gradebook.json").read_text())
    assert "grade" in dump  # the backup of a server gradebook is a table dump
    assert grade_fake(course).graded == []  # resumable on PostgreSQL too


def test_the_grading_log_says_what_happened_to_each_submission(mixed_run):
    course, _ = mixed_run
    log = (course.root / "logs" / f"{ASSIGNMENT}.log").read_text()
    full, bob = f"{MAX_AUTOGRADED:g}", f"{MAX_AUTOGRADED - WILSON_POINTS:g}"
    assert f"alice: graded {full}/{full}" in log and f"bob: graded {bob}/{full}" in log
    assert "ERROR   carol: failed" in log and "died" in log
    assert "ERROR   dan: failed" in log and "the engine tripped over this one" in log
    assert "graded 3, failed 2" in log


# --- the real engine: process pool (the command) and Dask --------------------------------


REAL = {"ada": {"wrong": ()}, "ben": {"wrong": ("wilson_interval",)}, "cy": {"attempted": False}}
REAL_EXPECTED = {"ada": MAX_AUTOGRADED, "ben": MAX_AUTOGRADED - WILSON_POINTS, "cy": 0.0}


def _real_course(root: Path) -> GradingCourse:
    course = make_course(root)
    for student, options in REAL.items():
        write_submission(course.root, student, student_notebook(**options))
    return course


@pytest.fixture(scope="module")
def real_pool_scores(tmp_path_factory):
    if shutil.which("bwrap") is None:
        pytest.fail("bubblewrap is not installed; install it with: apt-get install bubblewrap")
    course = _real_course(tmp_path_factory.mktemp("real-pool") / "course")
    code = smcm(["grade", ASSIGNMENT, "--workers", "2", "--course", str(course.root)])
    assert code == 0
    return scores_of(course), (course.root / "logs" / f"{ASSIGNMENT}.log").read_text()


def test_real_engine_through_the_grade_command(real_pool_scores):
    scores, log = real_pool_scores
    totals = {s: sum(v or 0 for v in cells.values()) for s, cells in scores.items()}
    assert totals == REAL_EXPECTED
    assert "pre-flight passed" in log
    assert "test_wilson_interval: failed: AssertionError" in log, "the engine's steps are logged"
    assert f"ada: graded {MAX_AUTOGRADED:g}/{MAX_AUTOGRADED:g}" in log


def test_real_engine_on_a_dask_cluster_gives_the_same_scores(real_pool_scores, tmp_path):
    course = _real_course(tmp_path / "course")
    run = grade_assignment(course, ASSIGNMENT, dask_local_workers=2, progress=False)
    assert sorted(run.graded) == sorted(REAL) and not run.integrity_problems
    assert scores_of(course) == real_pool_scores[0]
