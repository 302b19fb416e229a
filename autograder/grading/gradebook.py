"""nbgrader's gradebook (SQLite or PostgreSQL, by db_url): filling it the way nbgrader does,
recording the engine's results, and checking afterwards that nothing in it is wrong.

The assignment, its notebook and its cells (with nbgrader's checksums) are created by nbgrader's
own generate_assignment, so formgrader sees exactly what `nbgrader generate_assignment` would
have stored; scores go into each submission's Grade rows as auto_score, and manually graded
cells stay flagged for formgrader.
"""

from __future__ import annotations

import shutil
import tempfile
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.apps import NbGraderAPI
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SAWarning

from ..config import load_course_config
from ..paths import source_notebook
from .course import GradingCourse, RosterEntry, sha256_file


class GradebookError(RuntimeError):
    pass


@contextmanager
def open_gradebook(course: GradingCourse):
    gradebook = Gradebook(course.db_url, course_id=course.course_id)
    try:
        yield gradebook
    finally:
        gradebook.close()
        gradebook.engine.dispose()


def generate_into(course_root: Path, db_url: str, assignment: str, source_dir: Path) -> None:
    """Run nbgrader's generate_assignment for `assignment` in a scratch course whose gradebook is
    `db_url`: nbgrader then stores the assignment, notebook, cells and checksums itself."""
    shutil.copytree(source_dir / assignment, course_root / "source" / assignment)
    config = load_course_config()
    config.CourseDirectory.root = str(course_root)
    config.CourseDirectory.db_url = db_url
    config.Exchange.root = str(course_root / "exchange")  # unused; keeps nbgrader from warning
    config.NbGraderAPI.log_level = "WARN"
    result = NbGraderAPI(config=config).generate_assignment(assignment, force=True, create=True)
    if not result.get("success"):
        raise GradebookError(
            f"nbgrader generate_assignment failed for {assignment}:\n"
            f"{result.get('error') or result.get('log')}"
        )


def ensure_assignment(course: GradingCourse, assignment: str) -> bool:
    """Put the assignment into the gradebook unless it is there already; True if added."""
    source_notebook(assignment, course.source_dir)  # a clear error when there is no source
    create_gradebook_if_missing(course)
    with open_gradebook(course) as gradebook:
        try:
            gradebook.find_notebook(assignment, assignment)
            return False
        except MissingEntry:
            pass
    with tempfile.TemporaryDirectory(prefix="smcm-gradebook-") as scratch:
        generate_into(Path(scratch), course.db_url, assignment, course.source_dir)
    return True


def create_gradebook_if_missing(course: GradingCourse) -> None:
    url = make_url(course.db_url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        empty_sqlite_gradebook(Path(url.database))


# --- recording results ----------------------------------------------------------------------


def graded_students(course: GradingCourse, assignment: str) -> set[str]:
    with open_gradebook(course) as gradebook:
        try:
            found = gradebook.find_assignment(assignment)
        except MissingEntry:
            return set()
        return {submission.student.id for submission in found.submissions}


def record_result(
    gradebook: Gradebook,
    record: dict,
    roster_entry: RosterEntry | None = None,
    timestamp: str | None = None,
    unanswered_text: str = "YOUR ANSWER HERE",
    config=None,
) -> None:
    """Write one engine result (as a plain dict, see run.as_record) into the gradebook.

    Manual scores a grader already gave in formgrader are kept: only auto_score and
    needs_manual_grade change, as in nbgrader's own SaveAutoGrades. Then the late penalty is
    assigned as nbgrader's autograde does (AssignLatePenalties with the course's configured
    plugin_class, from the submission's timestamp and the assignment's due date).
    """
    assignment, student = record["assignment"], record["student"]
    details = {}
    if roster_entry is not None:
        details = {
            "first_name": roster_entry.first_name or None,
            "last_name": roster_entry.last_name or None,
            "email": roster_entry.email or None,
            "lms_user_id": roster_entry.lms_id or None,
        }
    gradebook.update_or_create_student(student, **{k: v for k, v in details.items() if v})
    extra = {"timestamp": timestamp} if timestamp else {}
    with warnings.catch_warnings():
        # nbgrader's add_submission builds rows in an order SQLAlchemy warns about; harmless
        warnings.simplefilter("ignore", SAWarning)
        gradebook.update_or_create_submission(assignment, student, **extra)
    scores = {cell["grade_id"]: cell["score"] for cell in record["cells"]}
    answers = record.get("answers", {})
    failed = record["status"] != "graded"
    notebook = gradebook.find_notebook(assignment, assignment)
    try:
        for cell in notebook.grade_cells:
            grade = gradebook.find_grade(cell.name, assignment, assignment, student)
            autograded = not cell_is_manual(cell)
            if autograded:
                # a missing score means the test could not run: it earned nothing
                grade.auto_score = float(scores.get(cell.name) or 0.0)
            elif cell.name in answers and answers[cell.name].strip() in (
                "",
                unanswered_text.strip(),
            ):
                # as nbgrader's autograde does: an answer left as the stub earns 0, no hand grading
                grade.auto_score = 0.0
            else:
                grade.auto_score = None
            grade.needs_manual_grade = (
                grade.manual_score is not None or grade.auto_score is None or failed
            )
        gradebook.db.commit()
        assign_late_penalty(gradebook, assignment, student, config)
    except Exception:
        gradebook.db.rollback()
        raise


def assign_late_penalty(gradebook: Gradebook, assignment: str, student: str, config) -> None:
    """nbgrader's late-submission step, with the plugin the course configures
    (c.AssignLatePenalties.plugin_class; nbgrader's default assigns no penalty). The penalty
    is clamped to [0, score] as nbgrader clamps it; a submission on time has none."""
    from nbgrader.preprocessors import AssignLatePenalties

    if config is None:
        from ..config import load_course_config

        config = load_course_config()
    assigner = AssignLatePenalties(config=config)
    assigner.init_plugin()
    submission = gradebook.find_submission(assignment, student)
    notebook = gradebook.find_submission_notebook(assignment, assignment, student)
    notebook.late_submission_penalty = None
    late = submission.total_seconds_late
    if late > 0:
        penalty = assigner.plugin_inst.late_submission_penalty(student, notebook.score, late)
        if penalty is not None:
            notebook.late_submission_penalty = min(max(float(penalty), 0.0), notebook.score)
    gradebook.db.commit()


def cell_is_manual(cell) -> bool:
    """A grade cell that is also a solution cell is answered by the student and graded by hand."""
    return any(s.name == cell.name for s in cell.notebook.solution_cells)


def validate_record(record: dict, max_scores: dict[str, float]) -> list[str]:
    """Problems that must keep a result out of the gradebook (the engine's contract broken)."""
    problems = []
    for cell in record["cells"]:
        grade_id, score = cell["grade_id"], cell["score"]
        if grade_id not in max_scores:
            problems.append(f"engine reported unknown cell {grade_id!r}")
        elif score is not None and not 0 <= score <= max_scores[grade_id]:
            problems.append(
                f"engine score {score} for {grade_id} is outside 0..{max_scores[grade_id]}"
            )
    return problems


def max_scores(course: GradingCourse, assignment: str) -> dict[str, float]:
    with open_gradebook(course) as gradebook:
        notebook = gradebook.find_notebook(assignment, assignment)
        return {cell.name: float(cell.max_score) for cell in notebook.grade_cells}


# --- integrity --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CellSnapshot:
    """What the gradebook stores about one source cell: enough to notice any change."""

    name: str
    cell_type: str
    locked: bool
    checksum: str | None
    source: str | None
    max_score: float | None  # None: not a grade cell


def cell_snapshots(gradebook: Gradebook, assignment: str) -> dict[str, CellSnapshot]:
    notebook = gradebook.find_notebook(assignment, assignment)
    points = {cell.name: float(cell.max_score) for cell in notebook.grade_cells}
    return {
        cell.name: CellSnapshot(
            cell.name,
            cell.cell_type,
            bool(cell.locked),
            cell.checksum,
            cell.source,
            points.get(cell.name),
        )
        for cell in notebook.source_cells
    }


def empty_sqlite_gradebook(path: Path) -> str:
    """A new, empty SQLite gradebook; its URL. nbgrader would ask the `alembic` command for the
    schema version (several seconds); alembic's Python API answers the same instantly."""
    import nbgrader
    from alembic.script import ScriptDirectory
    from nbgrader.api import Base
    from sqlalchemy import create_engine, text

    head = ScriptDirectory(str(Path(nbgrader.__file__).parent / "alembic")).get_current_head()
    db_url = f"sqlite:///{path}"
    engine = create_engine(db_url)
    try:
        Base.metadata.create_all(bind=engine)
        with engine.begin() as connection:
            connection.execute(
                text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
            )
            connection.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": head})
    finally:
        engine.dispose()
    return db_url


_references: dict[tuple, dict[str, CellSnapshot]] = {}


def reference_snapshots(course: GradingCourse, assignment: str) -> dict[str, CellSnapshot]:
    """The cells nbgrader stores for the current source notebook, made in a scratch gradebook
    (remembered per content of the source folder, which is all they depend on)."""
    folder = course.source_dir / assignment
    key = (
        assignment,
        tuple(
            (str(p.relative_to(folder)), sha256_file(p))
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        ),
    )
    if key not in _references:
        _references[key] = _fresh_reference(course, assignment)
    return _references[key]


def _fresh_reference(course: GradingCourse, assignment: str) -> dict[str, CellSnapshot]:
    with tempfile.TemporaryDirectory(prefix="smcm-reference-") as scratch:
        root = Path(scratch)
        db_url = empty_sqlite_gradebook(root / "reference.db")
        generate_into(root, db_url, assignment, course.source_dir)
        with Gradebook(db_url, course_id=course.course_id) as reference:
            snapshots = cell_snapshots(reference, assignment)
            reference.engine.dispose()
            return snapshots


def check_integrity(
    course: GradingCourse,
    assignment: str,
    results: dict[str, dict] | None = None,
    reference: dict[str, CellSnapshot] | None = None,
) -> list[str]:
    """Problems found in the gradebook for `assignment` (empty list: all good).

    - the stored cells (source, checksum, points, locks) still match the source notebook, as
      nbgrader itself would store it now;
    - every submission has a grade for every grade cell, and every score is within 0..max;
    - `results` ({student: record} from autograded/) agree with the stored auto scores.
    """
    reference = reference if reference is not None else reference_snapshots(course, assignment)
    problems = []
    with open_gradebook(course) as gradebook:
        try:
            stored = cell_snapshots(gradebook, assignment)
        except MissingEntry:
            return [f"{assignment}: not in the gradebook"]
        for name in sorted(set(reference) | set(stored)):
            want, have = reference.get(name), stored.get(name)
            if have is None:
                problems.append(f"cell {name}: missing from the gradebook")
            elif want is None:
                problems.append(f"cell {name}: in the gradebook but not in the source notebook")
            elif want != have:
                fields = [
                    f for f in want.__dataclass_fields__ if getattr(want, f) != getattr(have, f)
                ]
                problems.append(
                    f"cell {name}: gradebook differs from the source notebook ({', '.join(fields)})"
                )
        notebook = gradebook.find_notebook(assignment, assignment)
        grade_cells = {cell.name: float(cell.max_score) for cell in notebook.grade_cells}
        for submission in gradebook.find_assignment(assignment).submissions:
            student = submission.student.id
            notebooks = {nb.notebook.name: nb for nb in submission.notebooks}
            if assignment not in notebooks:
                problems.append(f"{student}: submission has no notebook {assignment}")
                continue
            grades = {grade.name: grade for grade in notebooks[assignment].grades}
            for name, maximum in grade_cells.items():
                grade = grades.get(name)
                if grade is None:
                    problems.append(f"{student}: no grade for {name}")
                    continue
                for kind in ("auto_score", "manual_score"):
                    value = getattr(grade, kind)
                    if value is not None and not 0 <= value <= maximum:
                        problems.append(f"{student}: {name} {kind} {value} outside 0..{maximum}")
            if results is not None and student in results:
                expected = {c["grade_id"]: c["score"] for c in results[student]["cells"]}
                for name, score in expected.items():
                    if name in grades and score is not None and grades[name].auto_score != score:
                        problems.append(
                            f"{student}: {name} auto_score {grades[name].auto_score} in the "
                            f"gradebook but {score} in autograded/"
                        )
        if results is not None:
            recorded = {s.student.id for s in gradebook.find_assignment(assignment).submissions}
            for student in sorted(set(results) - recorded):
                problems.append(f"{student}: graded in autograded/ but not in the gradebook")
    return problems
