"""`smcm export`: grades from the gradebook (automatic and hand-graded scores) as CSV files
that Canvas and Moodle import, or as a plain long-format CSV.

Canvas (Grades > Import): Student, ID, SIS User ID, SIS Login ID, Section, then one column per
assignment headed "<title> (<Canvas assignment id>)"; Canvas matches students by ID or SIS
User ID. The Canvas ids of assignments come from c.CourseGrading.canvas_assignment_ids
({"w01_orientation": 12345}); without one the nbgrader name stands in the parentheses and Canvas
offers to create a new assignment column.
Moodle (Grades > Import > CSV file): "ID number" and "Email address" to map users by, then one
grade column per assignment, headed by its title.
A student without a submission gets an empty cell (not a zero): the LMS keeps what it has.
So does a submission the grader could not grade (status "failed": its recorded score is not a
mark), unless the instructor asks for it with include_failed (`smcm export --include-failed`).
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from ..config import load_course_config
from .course import GradingCourse, RosterEntry
from .gradebook import open_gradebook
from .scores import SubmissionScores, assignment_title, gradebook_scores

CANVAS_FIXED = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
MOODLE_FIXED = ["ID number", "Email address", "Full name"]
LONG_COLUMNS = [
    "student_id",
    "assignment",
    "score",
    "max_score",
    "auto_score",
    "manual_score",
    "needs_manual_grade",
    "late_submission_penalty",
]


def people(course: GradingCourse, roster: dict[str, RosterEntry]) -> list[RosterEntry]:
    """Everyone in the gradebook or the roster; the roster fills what the gradebook lacks."""
    found: dict[str, RosterEntry] = {}
    with open_gradebook(course) as gradebook:
        for student in gradebook.students:
            found[student.id] = RosterEntry(
                student.id,
                lms_id=student.lms_user_id or "",
                first_name=student.first_name or "",
                last_name=student.last_name or "",
                email=student.email or "",
            )
    for student_id, entry in roster.items():
        known = found.get(student_id, RosterEntry(student_id))
        # The roster wins where it says something; the gradebook's names and ids stay otherwise.
        kept = {
            n: getattr(entry, n) or getattr(known, n)
            for n in ("first_name", "last_name", "email", "lms_id")
        }
        found[student_id] = replace(entry, student_id=student_id, **kept)
    return sorted(
        found.values(), key=lambda p: (p.last_name.lower(), p.first_name.lower(), p.student_id)
    )


def canvas_ids() -> dict[str, str]:
    section = load_course_config().get("CourseGrading", {})
    return {str(k): str(v) for k, v in dict(section.get("canvas_assignment_ids", {})).items()}


def _failed(course: GradingCourse, student: str, assignment: str) -> bool:
    from .run import read_result

    result = read_result(course, student, assignment)
    return result is not None and result.get("status") != "graded"


def _score(scores: SubmissionScores | None) -> str:
    return "" if scores is None else f"{round(scores.total, 2):g}"


def export_csv(
    course: GradingCourse,
    assignments: list[str],
    fmt: str,
    roster: dict[str, RosterEntry],
    include_failed: bool = False,
) -> tuple[str, list[str]]:
    """(CSV text, warnings) for the given assignments in format canvas|moodle|csv."""
    scores = {a: gradebook_scores(course, a) for a in assignments}
    warnings = []
    for assignment, by_student in scores.items():
        failed = sorted(s for s in by_student if _failed(course, s, assignment))
        if not failed:
            continue
        if include_failed:
            warnings.append(
                f"{assignment}: exported the recorded score of {len(failed)} "
                f"submission(s) the grader could not grade: {', '.join(failed)}"
            )
        else:
            for student in failed:
                del by_student[student]
            warnings.append(f"{assignment}: left {len(failed)} submission(s) the grader could "
                            f"not grade blank ({', '.join(failed)}): grade them again with "
                            "`smcm grade`, or pass --include-failed to export their recorded "
                            "score")  # fmt: skip
    warnings += [
        f"{a}: {sum(s.needs_manual_grade for s in by.values())} submission(s) still need hand "
        "grading in formgrader; their totals count only what is graded"
        for a, by in scores.items()
        if any(s.needs_manual_grade for s in by.values())
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    everyone = people(course, roster)
    if fmt == "csv":
        writer.writerow(LONG_COLUMNS)
        for assignment in assignments:
            for student, result in sorted(scores[assignment].items()):
                auto = sum(c.auto_score or 0.0 for c in result.cells)
                manual = [c.manual_score for c in result.cells if c.manual_score is not None]
                writer.writerow(
                    [
                        student,
                        assignment,
                        f"{result.total:g}",
                        f"{result.max_total:g}",
                        f"{auto:g}",
                        f"{sum(manual):g}" if manual else "",
                        str(result.needs_manual_grade).lower(),
                        f"{result.late_penalty:g}",
                    ]
                )
        return buffer.getvalue(), warnings
    titles = {a: assignment_title(course, a) for a in assignments}
    if fmt == "canvas":
        ids = canvas_ids()
        missing = [a for a in assignments if a not in ids]
        if missing:
            warnings.append(
                "no Canvas assignment id for "
                + ", ".join(missing)
                + " (set c.CourseGrading.canvas_assignment_ids in jupyter_config.py); Canvas "
                "will offer to create new assignment columns"
            )
        writer.writerow(CANVAS_FIXED + [f"{titles[a]} ({ids.get(a, a)})" for a in assignments])
        for p in everyone:
            name = ", ".join(x for x in (p.last_name, p.first_name) if x) or p.student_id
            writer.writerow(
                [name, p.lms_id, p.sis_user_id or p.student_id, p.sis_login_id, p.section]
                + [_score(scores[a].get(p.student_id)) for a in assignments]
            )
    elif fmt == "moodle":
        writer.writerow(MOODLE_FIXED + [titles[a] for a in assignments])
        for p in everyone:
            full = " ".join(x for x in (p.first_name, p.last_name) if x) or p.student_id
            writer.writerow(
                [p.idnumber or p.sis_user_id or p.student_id, p.email, full]
                + [_score(scores[a].get(p.student_id)) for a in assignments]
            )
    else:
        raise ValueError(f"unknown export format {fmt!r} (canvas, moodle or csv)")
    return buffer.getvalue(), warnings
