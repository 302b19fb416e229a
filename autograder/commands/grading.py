"""smcm collect / grade / feedback / export / report: grading a whole class.

Every command is safe to rerun: collect leaves unchanged files alone, grade grades only what is
missing or changed, and feedback, export and report are rebuilt from the gradebook each time.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..paths import assignments


def register(sub) -> None:
    def common(parser, roster: bool = False) -> None:
        parser.add_argument(
            "--course",
            type=Path,
            default=None,
            help="folder holding submitted/, autograded/, ... (default: c.CourseDirectory.root)",
        )
        if roster:
            parser.add_argument(
                "--roster",
                type=Path,
                default=None,
                help="roster CSV (student_id, lms_id, first_name, last_name, email, "
                "sis_user_id, sis_login_id, section, idnumber); default: roster.csv in the course",
            )

    collect = sub.add_parser(
        "collect", help="take in submissions (nbgrader folders, Canvas or Moodle zip)"
    )
    collect.add_argument("assignment")
    collect.add_argument(
        "--from", dest="source", type=Path, required=True, help="folder or .zip to take in"
    )
    collect.add_argument(
        "--accept-any-owner",
        action="store_true",
        help="collect exchange folders whatever their owner (nbgrader's "
        "c.ExchangeCollect.check_owner = False): only for an exchange copied or made by one user",
    )
    common(collect, roster=True)
    collect.set_defaults(func=run_collect)

    grade = sub.add_parser("grade", help="grade every submission not graded yet")
    grade.add_argument("assignment")
    grade.add_argument("--workers", type=int, default=None, help="processes (default: cores)")
    where = grade.add_mutually_exclusive_group()
    where.add_argument("--dask", metavar="SCHEDULER", default=None, help="Dask scheduler address")
    where.add_argument(
        "--dask-local", metavar="N", type=int, default=None, help="start a local Dask cluster"
    )
    grade.add_argument(
        "--unsafe", action="store_true", help="grade without a sandbox (trusted code only)"
    )
    common(grade, roster=True)
    grade.set_defaults(func=run_grade)

    feedback = sub.add_parser("feedback", help="write each student's feedback page")
    feedback.add_argument("assignment")
    common(feedback)
    feedback.set_defaults(func=run_feedback)

    export = sub.add_parser("export", help="grades as CSV for Canvas, Moodle or a spreadsheet")
    export.add_argument("assignment", nargs="?", default=None)
    export.add_argument("--all", action="store_true", help="every assignment in the gradebook")
    export.add_argument("--format", choices=["canvas", "moodle", "csv"], default="csv")
    export.add_argument("--output", type=Path, default=None, help="default: exports/...")
    export.add_argument(
        "--include-failed",
        action="store_true",
        help="also export the recorded score of submissions the grader could not grade",
    )
    common(export, roster=True)
    export.set_defaults(func=run_export)

    report = sub.add_parser("report", help="HTML class report with figures")
    report.add_argument("assignment")
    common(report)
    report.set_defaults(func=run_report)


def _course(args):
    from ..grading.course import GradingCourse

    return GradingCourse.from_config(root=args.course)


def _assignment(name: str) -> str:
    known = assignments()
    if name not in known:
        sys.exit(f"smcm: no such assignment in source/: {name} (known: {', '.join(known)})")
    return name


def _roster(args, course):
    from ..grading.course import RosterError, read_roster

    path = args.roster or course.default_roster
    if args.roster and not args.roster.is_file():
        sys.exit(f"smcm: roster {args.roster} not found")
    try:
        return read_roster(path)
    except RosterError as error:
        sys.exit(f"smcm: {error}")


def _check_owner(args) -> bool:
    """nbgrader's c.ExchangeCollect.check_owner (on unless jupyter_config.py turns it off),
    unless the instructor passes --accept-any-owner."""
    from ..config import load_course_config

    if args.accept_any_owner:
        return False
    return bool(load_course_config().get("ExchangeCollect", {}).get("check_owner", True))


def run_collect(args) -> int:
    from ..grading.intake import collect

    course = _course(args)
    assignment = _assignment(args.assignment)
    check_owner = _check_owner(args)
    report = collect(
        assignment, args.source, course, _roster(args, course), check_owner=check_owner
    )
    counts = {}
    for record in report.records:
        counts[record.status] = counts.get(record.status, 0) + 1
    print(f"{assignment}: " + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())))
    for record in report.needs_attention:
        where = f" -> kept in {record.target}" if record.target else ""
        print(f"  {record.status.upper()}: {record.origin}: {record.detail}{where}")
    if any(r.status == "wrong_owner" for r in report.records):
        print(
            "  Exchange folders not owned by the student they name were not collected (another "
            "student may have made them). If every folder was copied or made by one user, "
            "rerun with --accept-any-owner."
        )
    if report.unchecked_owners:
        print(
            f"  Owner check off: {len(report.unchecked_owners)} exchange folder(s) collected "
            "although not owned by the student they name:"
        )
        for folder in report.unchecked_owners:
            print(f"    {folder}")
    print(f"intake log: {report.log_file}")
    return 1 if report.needs_attention else 0


def run_grade(args) -> int:
    from ..grading.run import PreflightFailed, SandboxRefused, grade_assignment

    course = _course(args)
    assignment = _assignment(args.assignment)
    try:
        run = grade_assignment(
            course,
            assignment,
            workers=args.workers,
            dask_scheduler=args.dask,
            dask_local_workers=args.dask_local,
            unsafe=args.unsafe,
            roster=_roster(args, course),
        )
    except SandboxRefused as error:
        print(
            f"smcm grade: refused: {error}\nInstall the sandbox (./smcm installs Debian's "
            "bubblewrap; or: apt-get install bubblewrap), or pass --unsafe to grade "
            "trusted notebooks without one.",
            file=sys.stderr,
        )
        return 2
    except PreflightFailed as error:
        print(
            f"smcm grade: stopped before grading anyone: the grader is not working here.\n"
            f"  {error}\nNothing was graded or changed. This is a fault of the grading "
            "set-up (sandbox, packages, course files), not of any student's work.",
            file=sys.stderr,
        )
        return 3
    if run.backup:
        print(f"backup: {run.backup.folder}")
    print(
        f"{assignment}: graded {len(run.graded)}, could not grade {len(run.failed)}, "
        f"already graded {run.already_graded} ({run.seconds:.1f} s)"
    )
    for student in run.failed:
        print(f"  FAILED: {student} (see autograded/{student}/{assignment}/grading_result.json)")
    for problem in run.integrity_problems:
        print(f"  INTEGRITY: {problem}")
    print("gradebook integrity: " + ("PROBLEMS" if run.integrity_problems else "ok"))
    return 1 if run.integrity_problems else 0


def run_feedback(args) -> int:
    from ..grading.feedback import write_feedback

    course = _course(args)
    pages = write_feedback(course, _assignment(args.assignment))
    print(f"wrote {len(pages)} feedback page(s) under {course.root / 'feedback'}")
    return 0


def run_export(args) -> int:
    from ..grading.course import write_atomic
    from ..grading.export import export_csv
    from ..grading.scores import gradebook_assignments

    if bool(args.all) == bool(args.assignment):
        sys.exit("smcm export: give one ASSIGNMENT or --all")
    course = _course(args)
    names = gradebook_assignments(course) if args.all else [_assignment(args.assignment)]
    text, warnings = export_csv(
        course, names, args.format, _roster(args, course), include_failed=args.include_failed
    )
    label = "all" if args.all else names[0]
    target = args.output or course.exports_dir / f"{label}-{args.format}.csv"
    write_atomic(target, text)
    for warning in warnings:
        print(f"WARNING: {warning}")
    print(f"wrote {target}")
    return 0


def run_report(args) -> int:
    from ..grading.report import write_report

    course = _course(args)
    print(f"wrote {write_report(course, _assignment(args.assignment))}")
    return 0
