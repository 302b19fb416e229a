"""A class batch with one attacker per item of issue 12, through smcm collect, grade, feedback.

The corpus (tests/adversarial/batch_corpus.py, on w02_centrality) is laid out as nbgrader's
exchange inbound folder: one <student>+<assignment>+<time> <random> folder per student, owned by
a real system account standing in for that student (as in test_grading_collect_security.py,
hence root), plus a folder forged in the name of an honest student. The instructor's three
commands run through autograder.cli.main, once for the whole class (`smcm grade --workers 2`,
the real engine in bubblewrap), and once more for the honest students alone in a course of
their own. Each case asserts its exact score; the batch must finish with the expected exit
statuses; the honest students' submissions, results, gradebook grades and feedback must be
exactly what they get alone; and no feedback page may show a marker an attacker chose.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import os
import pwd
import shutil
import stat
import sys
import time
from pathlib import Path

import pytest

from autograder.cli import main as smcm
from autograder.config import GradingSettings
from autograder.grading import sandbox
from autograder.grading.course import STUDENT_ID, GradingCourse
from autograder.grading.run import grade_assignment
from autograder.grading.scores import gradebook_scores
from autograder.paths import COURSE_ROOT, SOURCE_DIR

sys.path.insert(0, str(Path(__file__).parent))
from adversarial.batch_corpus import (  # noqa: E402
    ASSIGNMENT,
    FORGER,
    FORGERY,
    FULL_MARKS,
    STUDENTS,
    VICTIM,
    notebook_text,
)

pytestmark = [
    pytest.mark.skipif(os.geteuid() != 0, reason="os.chown to other uids needs root"),
    pytest.mark.skipif(sandbox.bwrap_path() is None, reason="bubblewrap not installed"),
]

PAST = "2026-02-10 09:00:00.000000 UTC"
FUTURE = "2099-01-01 00:00:00.000000 UTC"
FUTURE_EPOCH = 4070908800.0  # 2099-01-01
HONEST = [s.name for s in STUDENTS if not s.attacker]
# Per-cell time kept short so that the pathological answer's call fails quickly; the rest is
# the course's own settings (jupyter_config.py), as an instructor's run would use.
CELL_TIMEOUT = 20


def _fingerprint(root: Path) -> dict[str, str]:
    """Content hash, owner and mode of every file under root; type and target for links."""
    prints = {}
    for folder, dirs, files in os.walk(root):
        for name in sorted(dirs + files):
            path = Path(folder) / name
            info = path.lstat()
            key = str(path.relative_to(root))
            if stat.S_ISREG(info.st_mode):
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                prints[key] = f"{digest} {info.st_uid} {oct(info.st_mode)}"
            elif stat.S_ISLNK(info.st_mode):
                prints[key] = "link:" + os.readlink(path)
            else:
                prints[key] = f"{stat.S_IFMT(info.st_mode)} {info.st_uid}"
    return prints


def _accounts() -> dict[str, pwd.struct_passwd]:
    """Case name -> a real account; sorted by name in the corpus's order, so that the malformed
    notebook's owner sorts between the two honest students."""
    accounts = [
        p
        for p in sorted(pwd.getpwall(), key=lambda p: p.pw_uid)
        if p.pw_uid != 0 and STUDENT_ID.match(p.pw_name)
    ][: len(STUDENTS)]
    if len(accounts) < len(STUDENTS):
        pytest.skip("not enough system accounts to stand in for students")
    accounts.sort(key=lambda p: p.pw_name)
    return {s.name: a for s, a in zip(STUDENTS, accounts, strict=True)}


def _exchange_folder(inbound: Path, student: str, stamp: str) -> Path:
    folder = inbound / f"{student}+{ASSIGNMENT}+{stamp} {os.urandom(4).hex()}"
    folder.mkdir(parents=True)
    return folder


def _give(folder: Path, uid: int, mtime: float | None = None) -> None:
    for path in (folder, *folder.rglob("*")):
        os.chown(path, uid, uid)
        if mtime is not None:
            os.utime(path, (mtime, mtime))


def _write_exchange(inbound: Path, accounts, cases) -> dict[str, Path]:
    folders = {}
    for case in cases:
        account = accounts[case.name]
        folder = _exchange_folder(inbound, account.pw_name, PAST)
        (folder / f"{ASSIGNMENT}.ipynb").write_text(notebook_text(case, folder))
        (folder / "timestamp.txt").write_text(PAST)
        _give(folder, account.pw_uid)
        folders[case.name] = folder
    return folders


def _run(argv: list[str]) -> tuple[int, str, float]:
    out = io.StringIO()
    started = time.monotonic()
    with contextlib.redirect_stdout(out):
        code = smcm(argv)
    return code, out.getvalue(), time.monotonic() - started


def _instructor(course: Path, inbound: Path, preflight: bool = True) -> dict:
    """collect, grade, feedback as the instructor types them; (code, output, seconds) each.
    Without preflight (the honest students alone, a reference for the class run), grading is
    called as `smcm grade` calls it, less the pre-flight that only checks the grader."""
    where = ["--course", str(course)]
    runs = {"collect": _run(["collect", ASSIGNMENT, "--from", str(inbound), *where])}
    runs["submitted"] = _fingerprint(course / "submitted")
    if preflight:
        runs["grade"] = _run(["grade", ASSIGNMENT, "--workers", "2", *where])
    else:
        started = time.monotonic()
        graded = grade_assignment(
            GradingCourse.from_config(root=course), ASSIGNMENT, workers=2, progress=False,
            preflight=False,
        )  # fmt: skip
        code = 1 if graded.integrity_problems else 0
        summary = (f"graded {len(graded.graded)}, could not grade {len(graded.failed)}, "
                   f"gradebook integrity: {'ok' if code == 0 else 'PROBLEMS'}")  # fmt: skip
        runs["grade"] = (code, summary, time.monotonic() - started)
    runs["feedback"] = _run(["feedback", ASSIGNMENT, *where])
    return runs


def _result(course: GradingCourse, student: str) -> dict | None:
    path = course.result_file(student, ASSIGNMENT)
    return json.loads(path.read_text()) if path.is_file() else None


def _comparable(record: dict | None) -> dict | None:
    """A result without the fields that differ from run to run (times, when it was graded)."""
    if record is None:
        return None
    return {k: v for k, v in record.items() if k not in ("seconds", "graded_at", "log")}


def _page(course: GradingCourse, student: str) -> str | None:
    path = course.feedback_dir(student, ASSIGNMENT) / f"{ASSIGNMENT}.html"
    return path.read_text() if path.is_file() else None


@pytest.fixture(scope="module")
def batch(tmp_path_factory, report_section):
    started = time.monotonic()
    accounts = _accounts()
    root = tmp_path_factory.mktemp("batch-attacks")
    os.chmod(root, 0o755)
    inbound = root / "exchange" / "smcm" / "inbound"
    folders = _write_exchange(inbound, accounts, STUDENTS)
    forged = _exchange_folder(inbound, accounts[VICTIM].pw_name, FUTURE)
    (forged / f"{ASSIGNMENT}.ipynb").write_text(notebook_text(FORGERY, forged))
    (forged / "timestamp.txt").write_text(FUTURE)
    _give(forged, accounts[FORGER].pw_uid, mtime=FUTURE_EPOCH)
    # The honest students alone: the very same folders, in an exchange of their own.
    alone_inbound = root / "alone-exchange" / "smcm" / "inbound"
    alone_inbound.mkdir(parents=True)
    for name in HONEST:
        target = alone_inbound / folders[name].name
        shutil.copytree(folders[name], target)
        _give(target, accounts[name].pw_uid)

    watched = {"exchange": inbound, "source": SOURCE_DIR / ASSIGNMENT,
               "release": COURSE_ROOT / "release" / ASSIGNMENT}  # fmt: skip
    before = {k: _fingerprint(v) for k, v in watched.items()}
    settings = dataclasses.replace(GradingSettings.from_config(), cell_timeout=CELL_TIMEOUT)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(GradingSettings, "from_config", classmethod(lambda cls, *args: settings))
        alone = _instructor(root / "alone", alone_inbound, preflight=False)
        graded = time.monotonic()
        runs = _instructor(root / "class", inbound)
    after = {k: _fingerprint(v) for k, v in watched.items()}
    class_course = GradingCourse(
        root=root / "class", db_url=f"sqlite:///{root / 'class' / 'gradebook.db'}"
    )
    alone_course = GradingCourse(
        root=root / "alone", db_url=f"sqlite:///{root / 'alone' / 'gradebook.db'}"
    )
    state = {
        "accounts": accounts,
        "folders": folders,
        "forged": forged,
        "runs": runs,
        "alone": alone,
        "course": class_course,
        "alone_course": alone_course,
        "before": before,
        "after": after,
        "submitted_after": _fingerprint(class_course.root / "submitted"),
        "seconds": (graded - started, time.monotonic() - graded),
    }
    report_section(
        f"batch attacks (w02 through collect, grade, feedback; out of {FULL_MARKS:g} "
        f"autograded points; class {state['seconds'][1]:.0f} s, honest alone "
        f"{state['seconds'][0]:.0f} s)",
        category_table(state),
    )
    return state


# --- what each case got --------------------------------------------------------------------


def _scores(state, course_key="course") -> dict[str, float]:
    course = state[course_key]
    return {
        student: sum(c.score or 0.0 for c in s.cells)
        for student, s in gradebook_scores(course, ASSIGNMENT).items()
    }


def _row(state, case) -> tuple[str, str, str, str]:
    """(score earned, score given, status, data intact) of one case."""
    course, accounts = state["course"], state["accounts"]
    scores = _scores(state)
    if case is FORGERY:
        victim = accounts[VICTIM].pw_name
        earned = _scores(state, "alone_course").get(victim)
        given = scores.get(victim)
        status = "set aside" if _forgery_set_aside(state) else "COLLECTED"
        intact = _honest_intact(state, VICTIM)
        return _num(earned), _num(given), status, intact
    student = accounts[case.name].pw_name
    record = _result(course, student)
    status = record["status"] if record else "missing"
    if case.attacker:
        intact = _yes(_others_intact(state))
    else:
        intact = _honest_intact(state, case.name)
    return _num(case.score), _num(scores.get(student)), status, intact


def _num(value) -> str:
    return "-" if value is None else f"{value:g}"


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _finished(state) -> bool:
    runs = state["runs"]
    return (runs["collect"][0], runs["grade"][0], runs["feedback"][0]) == (1, 0, 0)


def _forgery_set_aside(state) -> bool:
    return (
        state["forged"].name in state["runs"]["collect"][1]
        and "WRONG_OWNER" in (state["runs"]["collect"][1])
    )


def _honest_intact(state, name: str) -> str:
    return _yes(_same_as_alone(state, name) == [] and _others_intact(state))


def _others_intact(state) -> bool:
    """The exchange, the course's own files and the collected submissions unchanged by grading
    and feedback."""
    runs = state["runs"]
    return state["before"] == state["after"] and runs["submitted"] == state["submitted_after"]


def _same_as_alone(state, name: str) -> list[str]:
    """What differs between the honest student's batch and alone outcomes (nothing, we hope)."""
    student = state["accounts"][name].pw_name
    here, there = state["course"], state["alone_course"]
    differences = []
    if _fingerprint(here.submission_dir(student, ASSIGNMENT)) != _fingerprint(
        there.submission_dir(student, ASSIGNMENT)
    ):
        differences.append("submitted files")
    if _comparable(_result(here, student)) != _comparable(_result(there, student)):
        differences.append("grading result")
    grades = [
        {c.grade_id: (c.score, c.max_score) for c in gradebook_scores(c, ASSIGNMENT)[student].cells}
        if student in gradebook_scores(c, ASSIGNMENT)
        else None
        for c in (here, there)
    ]
    if grades[0] != grades[1] or grades[0] is None:
        differences.append("gradebook grades")
    if _page(here, student) != _page(there, student) or _page(here, student) is None:
        differences.append("feedback page")
    return differences


def category_table(state) -> str:
    rows = [("category", "item", "score earned", "score given", "status", "batch finished",
             "data intact")]  # fmt: skip
    finished = _yes(_finished(state))
    for case in [*STUDENTS, FORGERY]:
        earned, given, status, intact = _row(state, case)
        item = str(case.item) if case.item else "honest"
        rows.append((case.name, item, earned, given, status, finished, intact))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


# --- the tests -----------------------------------------------------------------------------


def test_the_batch_finished_with_the_expected_exit_statuses(batch):
    for label in ("alone", "runs"):
        runs = batch[label]
        expected = (0, 0, 0) if label == "alone" else (1, 0, 0)  # collect lists what it set aside
        codes = (runs["collect"][0], runs["grade"][0], runs["feedback"][0])
        assert codes == expected, (label, runs["collect"][1], runs["grade"][1])
        assert "gradebook integrity: ok" in runs["grade"][1]
        failed = sum(c.status == "failed" for c in STUDENTS) if label == "runs" else 0
        assert f"could not grade {failed}," in runs["grade"][1]
    for case in STUDENTS:
        student = batch["accounts"][case.name].pw_name
        assert _result(batch["course"], student) is not None, case.name
        assert _page(batch["course"], student) is not None, case.name
    assert f"wrote {len(STUDENTS)} feedback page(s)" in batch["runs"]["feedback"][1]


@pytest.mark.parametrize("case", STUDENTS, ids=[c.name for c in STUDENTS])
def test_each_student_gets_exactly_their_marks(batch, case):
    student = batch["accounts"][case.name].pw_name
    record = _result(batch["course"], student)
    cells = [(c["grade_id"], c["score"], c["message"]) for c in record["cells"]]
    assert record["status"] == case.status, record["flags"]
    assert record["total"] == case.score, (record["flags"], cells)
    assert _scores(batch)[student] == case.score
    if case.flag is not None:
        assert any(case.flag in flag for flag in record["flags"]), record["flags"]
    for grade_id, text in case.cells:
        (cell,) = [c for c in record["cells"] if c["grade_id"] == grade_id]
        assert cell["score"] == 0 and text in cell["message"], cell


def test_item1_escape_attempts_change_nothing_and_score_full_marks(batch):
    (case,) = [c for c in STUDENTS if c.item == 1]
    record = _result(batch["course"], batch["accounts"][case.name].pw_name)
    assert record["total"] == FULL_MARKS and record["flags"] == []
    assert batch["before"] == batch["after"]


def test_item2_a_forged_folder_is_set_aside_and_the_victims_work_is_graded(batch):
    accounts, course = batch["accounts"], batch["course"]
    victim = accounts[VICTIM].pw_name
    out = batch["runs"]["collect"][1]
    forged = [line for line in out.splitlines() if batch["forged"].name in line]
    assert forged and all(line.strip().startswith("WRONG_OWNER") for line in forged), out
    assert all(accounts[FORGER].pw_name in line for line in forged)
    submitted = course.submission_notebook(victim, ASSIGNMENT)
    own = batch["folders"][VICTIM] / f"{ASSIGNMENT}.ipynb"
    assert submitted.read_bytes() == own.read_bytes()
    assert (submitted.parent / "timestamp.txt").read_text() == PAST
    assert _same_as_alone(batch, VICTIM) == []
    assert _scores(batch)[victim] == _scores(batch, "alone_course")[victim] == FULL_MARKS


def test_item3_a_malformed_notebook_stops_nobody(batch):
    (case,) = [c for c in STUDENTS if c.item == 3]
    student = batch["accounts"][case.name].pw_name
    honest = sorted(batch["accounts"][n].pw_name for n in HONEST)
    assert honest[0] < student < honest[1], "the malformed notebook sorts between the honest"
    out = batch["runs"]["collect"][1]
    assert any(student in line and "nested too deeply" in line for line in out.splitlines()), out
    course = batch["course"]  # collected as sent, and failed by the grader with its reason
    assert course.submission_notebook(student, ASSIGNMENT).read_text() == case.raw
    record = _result(course, student)
    assert record["status"] == "failed" and record["total"] == 0
    assert _scores(batch)[student] == 0
    assert "could not be graded automatically" in _page(course, student)
    for name in HONEST:
        assert _same_as_alone(batch, name) == [], name


def test_item4_huge_and_pathological_answers_fail_only_their_call(batch):
    (case,) = [c for c in STUDENTS if c.item == 4]
    record = _result(batch["course"], batch["accounts"][case.name].pw_name)
    autograded = [c for c in record["cells"] if c["score"] is not None]
    lost = {c["grade_id"] for c in autograded if c["score"] != c["max_score"]}
    assert lost == {grade_id for grade_id, _ in case.cells}, record["cells"]
    assert record["status"] == "graded" and record["seconds"] < 150, record["seconds"]


def test_item5_no_feedback_page_holds_text_an_attacker_chose(batch):
    course = batch["course"]
    markers = [c.marker for c in [*STUDENTS, FORGERY] if c.attacker]
    # Hidden-test inputs the feedback attacker recorded and handed back.
    hidden_inputs = ["भारत", "ünïcode", "ünï"]
    pages = sorted((course.root / "feedback").rglob("*.html"))
    assert len(pages) == len(STUDENTS)
    for page in pages:
        text = page.read_text()
        for chosen in markers + hidden_inputs:
            assert chosen not in text, (page, chosen)
    for case in STUDENTS:
        record = _result(course, batch["accounts"][case.name].pw_name)
        for cell in (record or {}).get("cells", []):
            assert not any(m in (cell["message"] or "") for m in markers), (case.name, cell)
    (case,) = [c for c in STUDENTS if c.item == 5]
    text = _page(course, batch["accounts"][case.name].pw_name)
    assert "your function raised KeyError" in text  # the built-in the class derives from
    assert "name &#x27;hits_scores&#x27; is not defined" in text or (
        "name 'hits_scores' is not defined" in text
    )


def test_item6_a_helper_module_and_sparse_columns_score_full_marks(batch):
    (case,) = [c for c in STUDENTS if c.item == 6]
    student = batch["accounts"][case.name].pw_name
    record = _result(batch["course"], student)
    assert record["total"] == FULL_MARKS, record["cells"]
    helper = batch["course"].submission_dir(student, ASSIGNMENT) / "centrality_helpers.py"
    assert helper.is_file(), "collect copies the module sent beside the notebook"


def test_honest_students_get_exactly_what_they_get_alone(batch):
    for name in HONEST:
        assert _same_as_alone(batch, name) == [], name
    assert batch["before"] == batch["after"], "the exchange or the course's files changed"
    assert batch["runs"]["submitted"] == batch["submitted_after"], "grading changed submissions"
