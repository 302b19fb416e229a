"""smcm collect against students who attack the intake (issue 12, items 2 and 3).

* Through nbgrader's exchange (inbound/ is writable by every student, mode 2733) a student can
  create a folder named after another student. The folder's owner, not its name, says who sent
  it: a forged folder is set aside and listed, and the victim's own submission is collected.
* The submission time in a folder name (and a file's mtime) is the student's word: a time later
  than the collection never wins.
* One file that cannot be read (nested too deeply, not UTF-8, not a JSON object, unreadable on
  disk, nested folders) is recorded with its reason, and every other student is still collected.

The tests run as root (like the rest of the grading tests) so that they can give files to other
uids with os.chown: real system accounts stand in for students, and uid 12345 (no account) for
the attacker.
"""

from __future__ import annotations

import json
import os
import pwd
from pathlib import Path

import pytest
from fixtures_grading.submissions import ASSIGNMENT

from autograder.cli import main as smcm
from autograder.grading.course import STUDENT_ID, GradingCourse
from autograder.grading.intake import MAX_FILE_BYTES, collect

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="os.chown to other uids needs root")

ATTACKER_UID = 12345
PAST = "2026-01-15 09:00:00.000000 UTC"
LATER_PAST = "2026-01-16 09:00:00.000000 UTC"
FUTURE = "2099-01-01 00:00:00.000000 UTC"
FUTURE_EPOCH = 4070908800.0  # 2099-01-01


def system_students(count: int) -> list[pwd.struct_passwd]:
    """Real accounts whose names can be student ids: the exchange maps student id <-> owner."""
    accounts = [
        p
        for p in sorted(pwd.getpwall(), key=lambda p: p.pw_uid)
        if p.pw_uid not in (0, ATTACKER_UID) and STUDENT_ID.match(p.pw_name)
    ]
    if len(accounts) < count:
        pytest.skip("not enough system accounts to stand in for students")
    return accounts[:count]


def make_course(root: Path) -> GradingCourse:
    root.mkdir(parents=True, exist_ok=True)
    return GradingCourse(root=root, db_url=f"sqlite:///{root / 'gradebook.db'}")


def notebook(who: str) -> str:
    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [], "who": who})


def exchange_submission(
    inbound: Path, student: str, timestamp: str, uid: int, text: str, mtime: float | None = None
) -> Path:
    """One folder as nbgrader's submit makes it: <student>+<assignment>+<timestamp> <random>,
    owned (with everything in it) by `uid`."""
    folder = inbound / f"{student}+{ASSIGNMENT}+{timestamp} {os.urandom(4).hex()}"
    folder.mkdir(parents=True)
    (folder / f"{ASSIGNMENT}.ipynb").write_text(text)
    (folder / "timestamp.txt").write_text(timestamp)
    for path in (folder, *folder.iterdir()):
        os.chown(path, uid, uid)
        if mtime is not None:
            os.utime(path, (mtime, mtime))
    return folder


def collected(course: GradingCourse, student: str) -> dict | None:
    path = course.submission_notebook(student, ASSIGNMENT)
    return json.loads(path.read_text()) if path.is_file() else None


def test_a_folder_forged_in_another_students_name_is_set_aside_and_listed(tmp_path):
    victim, bystander = system_students(2)
    course = make_course(tmp_path / "course")
    inbound = tmp_path / "exchange" / "smcm" / "inbound"
    real = exchange_submission(
        inbound, victim.pw_name, PAST, victim.pw_uid, notebook("victim's own work")
    )
    exchange_submission(
        inbound, bystander.pw_name, PAST, bystander.pw_uid, notebook("bystander's work")
    )
    # The attacker's forgery: named after the victim, later than the real one (in the name and
    # in the files' times), owned by the attacker's uid.
    forged = exchange_submission(
        inbound,
        victim.pw_name,
        LATER_PAST,
        ATTACKER_UID,
        notebook("attacker's forgery"),
        mtime=FUTURE_EPOCH,
    )

    report = collect(ASSIGNMENT, inbound, course, {})

    assert collected(course, victim.pw_name)["who"] == "victim's own work"
    assert collected(course, bystander.pw_name)["who"] == "bystander's work"
    wrong = [r for r in report.records if r.status == "wrong_owner"]
    assert {r.origin for r in wrong} == {
        f"{forged.name}/{ASSIGNMENT}.ipynb",
        f"{forged.name}/timestamp.txt",
    }
    for record in wrong:
        assert victim.pw_name in record.detail and str(ATTACKER_UID) in record.detail
        assert (course.root / record.target).is_file()  # kept for the instructor to look at
        assert record in report.needs_attention
    # The victim's real notebook is the one used: nothing of theirs went to not_used.
    assert not [r for r in report.records if r.status == "not_used"]
    assert (
        course.submission_notebook(victim.pw_name, ASSIGNMENT).parent / "timestamp.txt"
    ).read_text() == PAST
    assert real.is_dir()  # the exchange is never touched


def test_other_layouts_inside_the_inbound_folder_are_not_submissions(tmp_path):
    """inbound/ is writable by all: a student can make inbound/submitted/<victim>/... (the
    layout of nbgrader's submitted/) or an LMS-style file there, with any mtime they like."""
    (victim,) = system_students(1)
    course = make_course(tmp_path / "course")
    inbound = tmp_path / "exchange" / "smcm" / "inbound"
    exchange_submission(inbound, victim.pw_name, PAST, victim.pw_uid, notebook("victim's own"))
    forged = inbound / "submitted" / victim.pw_name / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    forged.parent.mkdir(parents=True)
    forged.write_text(notebook("forged"))
    hidden = inbound / f"attacker+{ASSIGNMENT}+{PAST}" / "submitted" / victim.pw_name
    (hidden / ASSIGNMENT).mkdir(parents=True)
    (hidden / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").write_text(notebook("forged too"))
    for path in (forged, *forged.parents, *hidden.parents, *hidden.rglob("*")):
        if path.is_relative_to(inbound) and path != inbound:
            os.chown(path, ATTACKER_UID, ATTACKER_UID)
            os.utime(path, (FUTURE_EPOCH - 1e9, FUTURE_EPOCH - 1e9))  # 2067: recent enough

    for source in (inbound, inbound.parent):
        report = collect(ASSIGNMENT, source, course, {}, now=FUTURE_EPOCH)
        assert collected(course, victim.pw_name)["who"] == "victim's own"
        placed = [r.origin.rsplit("inbound/", 1)[-1] for r in report.records if r.student]
        assert placed and all(o.startswith(f"{victim.pw_name}+{ASSIGNMENT}+") for o in placed)
        refused = [r for r in report.records if "submitted/" in r.origin]
        assert len(refused) == 2
        assert all(r.status == "unmatched" and "not a submission" in r.detail for r in refused)


def test_folders_made_by_one_user_need_the_instructors_explicit_acceptance(tmp_path, capsys):
    """A copied exchange (every folder owned by whoever copied it) is refused by default; the
    instructor can accept it, as nbgrader's ExchangeCollect.check_owner = False does, and the
    report still names each folder whose owner is not its student."""
    course = make_course(tmp_path / "course")
    inbound = tmp_path / "inbound"
    exchange_submission(inbound, "carol", PAST, os.geteuid(), notebook("carol"))

    refused = collect(ASSIGNMENT, inbound, course, {})
    assert collected(course, "carol") is None
    assert {r.status for r in refused.records} == {"wrong_owner"}

    code = smcm(["collect", ASSIGNMENT, "--from", str(inbound), "--course", str(course.root)])
    out = capsys.readouterr().out
    assert code == 1 and "WRONG_OWNER" in out and "--accept-any-owner" in out
    assert collected(course, "carol") is None

    accepted = collect(ASSIGNMENT, inbound, course, {}, check_owner=False)
    assert collected(course, "carol")["who"] == "carol"
    (record,) = [r for r in accepted.records if r.origin.endswith(".ipynb")]
    assert record.status == "collected"
    assert "owner check off" in record.detail and "carol" in record.detail
    code = smcm(["collect", ASSIGNMENT, "--from", str(inbound), "--course", str(course.root),
                 "--accept-any-owner"])  # fmt: skip
    assert code == 0
    assert "not owned by the student they name" in capsys.readouterr().out


def test_a_submission_time_in_the_future_never_wins(tmp_path):
    (student,) = system_students(1)
    course = make_course(tmp_path / "course")
    inbound = tmp_path / "inbound"
    exchange_submission(inbound, student.pw_name, PAST, student.pw_uid, notebook("on time"))
    future = exchange_submission(
        inbound, student.pw_name, FUTURE, student.pw_uid, notebook("from 2099"), FUTURE_EPOCH
    )

    report = collect(ASSIGNMENT, inbound, course, {})

    assert collected(course, student.pw_name)["who"] == "on time"
    (suspect,) = [r for r in report.records if r.status == "suspect_time"]
    assert suspect.origin == future.name and "2099" in suspect.detail
    assert suspect in report.needs_attention


def test_a_future_time_does_not_win_even_when_owners_are_not_checked(tmp_path):
    course = make_course(tmp_path / "course")
    inbound = tmp_path / "inbound"
    exchange_submission(inbound, "dana", PAST, os.geteuid(), notebook("dana"))
    exchange_submission(inbound, "dana", FUTURE, ATTACKER_UID, notebook("forged"), FUTURE_EPOCH)

    report = collect(ASSIGNMENT, inbound, course, {}, check_owner=False)

    assert collected(course, "dana")["who"] == "dana"
    assert [r.status for r in report.records].count("suspect_time") == 1


def test_a_notebook_nested_100000_levels_deep_does_not_stop_the_class(tmp_path):
    course = make_course(tmp_path / "course")
    incoming = tmp_path / "submitted"
    for student, text in (
        ("anna", notebook("anna")),
        ("boris", "[" * 100_000 + "]" * 100_000),  # sorted between the two honest students
        ("clara", notebook("clara")),
    ):
        folder = incoming / student / ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / f"{ASSIGNMENT}.ipynb").write_text(text)

    report = collect(ASSIGNMENT, incoming, course, {})

    assert collected(course, "anna")["who"] == "anna"
    assert collected(course, "clara")["who"] == "clara"
    (bad,) = [r for r in report.records if r.student == "boris"]
    assert "nested too deeply" in bad.detail
    assert bad in report.needs_attention
    assert report.log_file.is_file()


def test_every_kind_of_unreadable_file_is_recorded_and_collection_goes_on(tmp_path):
    course = make_course(tmp_path / "course")
    incoming = tmp_path / "submitted"
    bad = {
        "b1": (b"\xff\xfe not utf-8 \x80", "not UTF-8"),
        "b2": (b'"a string, not a notebook"', "not an object"),
        "b3": (b"[1, 2, 3]", "not an object"),
        "b4": (b'{"cells": [', "not valid JSON"),
        "b5": (b"1" * 5000, "not valid JSON"),  # an int too long for Python to convert
    }
    for student, (data, _) in bad.items():
        folder = incoming / student / ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / f"{ASSIGNMENT}.ipynb").write_bytes(data)
    for student in ("a0", "z9"):
        folder = incoming / student / ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / f"{ASSIGNMENT}.ipynb").write_text(notebook(student))
    huge = incoming / "b6" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"  # sparse: no disk used
    huge.parent.mkdir(parents=True)
    with open(huge, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    # Folders nested deeper than Python's recursion limit (os.walk recurses).
    deep = incoming / "c1" / ASSIGNMENT
    deep.mkdir(parents=True)
    for _ in range(1100):
        deep = deep / "d"
        deep.mkdir()
    (deep / "x.ipynb").write_text("{}")

    try:
        report = collect(ASSIGNMENT, incoming, course, {})
    finally:  # shutil.rmtree (pytest's clean-up) recurses too: take the deep folders down here
        (deep / "x.ipynb").unlink()
        while deep != incoming / "c1":
            deep.rmdir()
            deep = deep.parent

    assert collected(course, "a0")["who"] == "a0"
    assert collected(course, "z9")["who"] == "z9"
    for student, (_, reason) in bad.items():
        (record,) = [r for r in report.records if r.student == student]
        assert reason in record.detail, (student, record)
        assert record in report.needs_attention
    assert [r for r in report.records if r.status == "unreadable" and "deeper" in r.detail]
    (record,) = [r for r in report.records if r.student == "b6"]
    assert record.status == "too_large" and record in report.needs_attention


def test_a_file_that_changes_or_cannot_be_opened_is_recorded(tmp_path, monkeypatch):
    course = make_course(tmp_path / "course")
    incoming = tmp_path / "submitted"
    for student in ("a0", "m5", "z9"):
        folder = incoming / student / ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / f"{ASSIGNMENT}.ipynb").write_text(notebook(student))
    real_open = os.open

    def refusing_open(path, *args, **kwargs):
        if str(path).startswith(str(incoming / "m5")):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    report = collect(ASSIGNMENT, incoming, course, {})

    assert collected(course, "a0")["who"] == "a0"
    assert collected(course, "z9")["who"] == "z9"
    (record,) = [r for r in report.records if r.student == "m5"]
    assert record.status == "unreadable" and "Permission denied" in record.detail
