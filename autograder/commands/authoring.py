"""smcm build / smcm audit: student versions and the exercise audit."""

from __future__ import annotations

import sys
from pathlib import Path

from ..paths import assignments


def register(sub) -> None:
    build = sub.add_parser("build", help="build the student versions in release/")
    build.add_argument("assignments", nargs="*", help="default: all of them")
    build.add_argument("--check", action="store_true", help="only report what is out of date")
    build.set_defaults(func=run_build)

    audit = sub.add_parser("audit", help="audit assignments and print the table")
    audit.add_argument("assignments", nargs="*", help="default: all of them")
    audit.add_argument("--no-mutation", action="store_true", help="skip mutation analysis")
    audit.add_argument(
        "--fresh", action="store_true", help="audit every week again, even if unchanged"
    )
    audit.add_argument("--json", type=Path, help="also write the full results here")
    audit.add_argument(
        "--jobs", type=int, default=None, help="parallel assignments (default: cores)"
    )
    audit.set_defaults(func=run_audit)


def _names(args) -> list[str]:
    known = assignments()
    unknown = [n for n in args.assignments if n not in known]
    if unknown:
        sys.exit(
            f"smcm: no such assignment in source/: {', '.join(unknown)} (known: {', '.join(known)})"
        )
    return args.assignments or known


def run_build(args) -> int:
    from ..build import build, check_release

    names = _names(args)
    if args.check:
        stale = check_release(names if args.assignments else None)
        for name, paths in stale.items():
            print(f"{name}: out of date: {', '.join(paths)}")
        print("release/ is in sync with source/" if not stale else "run `smcm build` to update")
        return 1 if stale else 0
    for result in build(names):
        state = f"updated {len(result.changed)} file(s)" if result.changed else "unchanged"
        print(f"release/{result.assignment}: {state}")
    return 0


def run_audit(args) -> int:
    from ..audit import (
        COURSE_MIN_KILL_RATE,
        audit_all,
        course_kill_rate,
        format_differential,
        format_table,
        to_json,
    )

    audits = audit_all(
        _names(args), mutation=not args.no_mutation, jobs=args.jobs, fresh=args.fresh
    )
    print(format_table(audits))
    print()
    print(format_differential(audits))
    failed = False
    for audit in audits:
        for problem in audit.problems:
            failed = True
            print(f"PROBLEM {audit.assignment}: {problem}")
    killed, total = course_kill_rate(audits)
    if total and killed / total < COURSE_MIN_KILL_RATE:
        failed = True
        print(f"PROBLEM course: {killed}/{total} mutants killed, below {COURSE_MIN_KILL_RATE:.0%}")
    if args.json:
        args.json.write_text(to_json(audits))
    return 1 if failed else 0
