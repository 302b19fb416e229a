"""The exercise audit every assignment must pass (run by the test suite and `smcm audit`).

For one assignment it checks: graded-cell metadata and the declared points table; that the
student version in release/ holds no solution code and no hidden-test text; that the source
notebook autogrades to full marks in a fresh kernel, within the time limit; that the untouched
student version autogrades to zero, failing only with the stubs' NotImplementedError; and how
many mutants of each solution its tests kill.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook
from nbgrader.apps import NbGraderAPI

from .config import GradingSettings, load_course_config
from .notebook import (
    BEGIN_HIDDEN,
    BEGIN_SOLUTION,
    END_HIDDEN,
    END_SOLUTION,
    AssignmentNotebook,
    region_lines,
    regions,
    without_region,
)
from .paths import (
    ANSWERS_DIR,
    COURSE_ROOT,
    MUTATION_ALLOWLIST,
    RELEASE_DIR,
    SOURCE_DIR,
    answer_files,
    answer_kind,
    source_notebook,
)

EXERCISE_MIN_KILL_RATE = 0.75
COURSE_MIN_KILL_RATE = 0.90
# Independent answers per autograded exercise in tests/answers/<assignment>/<exercise>/:
MIN_CORRECT_ANSWERS = 2  # correct_*.py, written from the exercise text alone: all must pass
MIN_WRONG_ANSWERS = 3  # wrong_*.py, realistic mistakes: all must fail
STUB_ERROR = "NotImplementedError"


def _stub_lines() -> set[str]:
    """What nbgrader writes in place of solutions: shown to students by design."""
    config = load_course_config()
    stubs = list(config.ClearSolutions.get("code_stub", {}).values())
    stubs.append(config.ClearSolutions.get("text_stub", "YOUR ANSWER HERE"))
    return {" ".join(line.split()) for stub in stubs for line in stub.splitlines()}


STUB_LINES = _stub_lines()


@dataclass
class ExerciseAudit:
    exercise: str
    points: float
    killed: int = 0
    total: int = 0
    allowed: int = 0  # equivalent mutants excused by the allow-list
    survivors: list[str] = field(default_factory=list)
    alternatives_ok: int = 0  # correct_*.py answers that pass the test cell
    alternatives: int = 0
    wrong_caught: int = 0  # wrong_*.py answers that fail it
    wrong: int = 0
    alternatives_failed: list[str] = field(default_factory=list)  # "file: why"
    wrong_passed: list[str] = field(default_factory=list)

    @property
    def kill_rate(self) -> float:
        return self.killed / self.total if self.total else 1.0


@dataclass
class AssignmentAudit:
    assignment: str
    exercises: list[ExerciseAudit] = field(default_factory=list)
    manual_points: float = 0.0
    notebook_seconds: float = 0.0
    source_score: float = 0.0
    release_score: float = 0.0
    max_score: float = 0.0
    release_errors: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    differential: list = field(default_factory=list)  # DifferentialRow per submission
    cached: str = ""  # "cache" or "record" when remembered from a passed audit (audit_cache)

    @property
    def ok(self) -> bool:
        return not self.problems


# --- structure ----------------------------------------------------------------------------


def check_structure(notebook: AssignmentNotebook) -> list[str]:
    problems = []
    ids = [c.grade_id for c in notebook.graded]
    for grade_id in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"grade id {grade_id!r} is used by more than one cell")
    for cell in notebook.graded:
        if not cell.grade_id:
            problems.append(f"cell {cell.index} is graded or locked but has no grade id")
        if cell.grade and cell.points <= 0:
            problems.append(f"graded cell {cell.grade_id!r} has no points")
    exercise_tests = {e.test.grade_id for e in notebook.exercises}
    for test in notebook.test_cells:
        if test.grade_id not in exercise_tests:
            problems.append(
                f"test cell {test.grade_id!r} has no solution cell "
                f"{test.grade_id.removeprefix('test_')!r}"
            )
        if not regions(test.source, BEGIN_HIDDEN, END_HIDDEN):
            problems.append(f"test cell {test.grade_id!r} has no hidden part")
        visible = test.source.split(BEGIN_HIDDEN)[0]
        if "assert" not in visible:
            problems.append(f"test cell {test.grade_id!r} has no visible assertion")
    tested = {e.solution.grade_id for e in notebook.exercises}
    for solution in notebook.solution_cells:
        if not solution.grade and solution.grade_id not in tested:
            problems.append(f"solution cell {solution.grade_id!r} has no test cell")
        if not regions(solution.source, BEGIN_SOLUTION, END_SOLUTION):
            problems.append(f"solution cell {solution.grade_id!r} has no solution markers")
    table, total = notebook.points_table()
    graded = {c.grade_id: c.points for c in notebook.graded if c.grade}
    if table != graded:
        problems.append(f"points table {table} does not match the graded cells {graded}")
    if total is None or abs(total - sum(graded.values())) > 1e-9:
        problems.append(f"points table total {total} != sum of cell points {sum(graded.values())}")
    return problems


# --- leaks --------------------------------------------------------------------------------


def _normal(line: str) -> str:
    return " ".join(line.split())


def _secret_lines(notebook: AssignmentNotebook) -> set[str]:
    """Lines that only solutions, hidden tests and model answers contain."""
    secret, public = set(), set()
    for cell in notebook.nb.cells:
        source = cell.source
        meta = cell.metadata.get("nbgrader", {})
        whole_cell_is_answer = (
            cell.cell_type == "markdown"
            and meta.get("solution")
            and not regions(source, BEGIN_SOLUTION, END_SOLUTION)
        )
        if whole_cell_is_answer:
            secret |= {_normal(x) for x in source.splitlines()}
            continue
        secret |= {
            _normal(x)
            for begin, end in ((BEGIN_SOLUTION, END_SOLUTION), (BEGIN_HIDDEN, END_HIDDEN))
            for x in region_lines(source, begin, end)
        }
        public_text = without_region(
            without_region(source, BEGIN_SOLUTION, END_SOLUTION), BEGIN_HIDDEN, END_HIDDEN
        )
        public |= {_normal(x) for x in public_text.splitlines()}
    return {s for s in secret - public - STUB_LINES if len(s) >= 8}


def _release_text_lines(folder: Path) -> set[str]:
    lines = set()
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        if path.suffix == ".ipynb":
            nb = nbformat.read(path, as_version=4)
            text = "\n".join(cell.source for cell in nb.cells)
        else:
            text = path.read_text(errors="replace")
        lines |= {_normal(x) for x in text.splitlines()}
        lines |= {_normal(x) for x in path.read_text(errors="replace").splitlines()}
    return lines


def check_leaks(notebook: AssignmentNotebook, release_folder: Path) -> list[str]:
    if not release_folder.exists():
        return [f"{release_folder} is missing: run `smcm build`"]
    secret = _secret_lines(notebook)
    shown = _release_text_lines(release_folder)
    problems = [
        f"release leaks a solution/hidden-test line: {line!r}" for line in sorted(secret & shown)
    ]
    for marker in (BEGIN_SOLUTION, BEGIN_HIDDEN, END_HIDDEN):
        if any(marker in line for line in shown):
            problems.append(f"release contains the marker {marker!r}")
    return problems


# --- autograding --------------------------------------------------------------------------


def _execution_seconds(nb) -> float | None:
    starts, ends = [], []
    for cell in nb.cells:
        timing = cell.metadata.get("execution", {})
        if "iopub.execute_input" in timing and "shell.execute_reply" in timing:
            starts.append(
                datetime.fromisoformat(timing["iopub.execute_input"].replace("Z", "+00:00"))
            )
            ends.append(
                datetime.fromisoformat(timing["shell.execute_reply"].replace("Z", "+00:00"))
            )
    if not starts:
        return None
    return (max(ends) - min(starts)).total_seconds()


def _error_names(nb) -> list[str]:
    return [
        output.get("ename", "?")
        for cell in nb.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]


@dataclass
class DifferentialRow:
    """One submission graded by plain nbgrader and by the engine (`smcm grade`)."""

    submission: str
    cells: int = 0
    differences: list[str] = field(default_factory=list)
    nbgrader_score: float = 0.0
    engine_score: float = 0.0
    engine_seconds: float = 0.0


def differential_submissions(assignment: str, notebook: AssignmentNotebook) -> dict[str, tuple]:
    """{name: (notebook JSON, {grade id of a test cell: expected outcome})} to grade both ways:
    the reference typed into the student version (every test passes), the untouched version
    (every test fails), each k-th set of independent answers (correct ones pass, wrong ones
    fail) and the first mutant of every exercise (graded, whatever it scores)."""
    from .mutation import mutants
    from .typed_in import answer_submissions, filled_student_notebook, without_markers

    tests = [c.grade_id for c in notebook.test_cells]
    out = {
        "reference": (filled_student_notebook(assignment), dict.fromkeys(tests, "pass")),
        "untouched": (filled_student_notebook(assignment, attempted=False),
                      dict.fromkeys(tests, "fail")),
    }  # fmt: skip
    for name, (replacements, _) in answer_submissions(assignment).items():
        if name.startswith("wrong-") and name != "wrong-1":
            continue  # the in-process runner grades every wrong answer; one set crosses here
        outcome = "pass" if name.startswith("correct-") else "fail"
        expected = {f"test_{ex}": outcome for ex in replacements}
        out[name] = (filled_student_notebook(assignment, replacements), expected)
    first_mutants = {}
    for exercise in notebook.exercises:
        found = next(iter(mutants(exercise.solution.source)), None)
        if found is not None:
            first_mutants[exercise.name] = without_markers(found.source)
    if first_mutants:
        out["mutants-1"] = (filled_student_notebook(assignment, first_mutants), {})
    return out


def _engine_scores(assignment, path: Path, tests: set[str]):
    """(status, {grade id: score}, seconds, flags) from the engine `smcm grade` runs."""
    from .grading import sandbox
    from .grading.engine import grade_submission

    result = grade_submission(assignment, path.parent.parent.name, path,
                              unsafe=sandbox.bwrap_path() is None)  # fmt: skip
    scores = {c.grade_id: c.score for c in result.cells if c.grade_id in tests}
    return result.status, scores, result.seconds, result.flags


def autograde_differentially(
    assignment: str, audit: AssignmentAudit, notebook: AssignmentNotebook
) -> None:
    """Grade the same submissions with plain `nbgrader autograde` and with the engine; any
    difference in any grade cell is a problem (differential testing: nbgrader is the oracle
    of what a test cell means). The reference must get full marks, the untouched version
    zero, correct answers pass and wrong ones fail, in both."""
    tests = {c.grade_id for c in notebook.test_cells}
    with tempfile.TemporaryDirectory(prefix="smcm-audit-") as tmp:
        course = Path(tmp)
        shutil.copytree(SOURCE_DIR / assignment, course / "source" / assignment)
        config = load_course_config()
        config.CourseDirectory.root = str(course)
        db_url = f"sqlite:///{course / 'gradebook.db'}"
        config.CourseDirectory.db_url = db_url
        config.NbGraderAPI.log_level = "WARN"
        api = NbGraderAPI(config=config)
        result = api.generate_assignment(assignment, force=True, create=True)
        if not result.get("success"):
            audit.problems.append(f"generate_assignment failed: {result.get('error')}")
            return
        submissions = differential_submissions(assignment, notebook)
        for student, (nb, _) in submissions.items():
            target = course / "submitted" / student / assignment / f"{assignment}.ipynb"
            target.parent.mkdir(parents=True)
            target.write_text(json.dumps(nb, indent=1))
            started = time.monotonic()
            result = api.autograde(assignment, student, force=True, create=True)
            wall = time.monotonic() - started
            if not result.get("success"):
                audit.problems.append(
                    f"nbgrader could not autograde the {student} notebook: {result.get('error')}"
                )
                return
            graded_nb = nbformat.read(
                course / "autograded" / student / assignment / target.name, as_version=4
            )
            if student == "reference":
                audit.notebook_seconds = _execution_seconds(graded_nb) or wall
                errors = _error_names(graded_nb)
                if errors:
                    audit.problems.append(f"the reference solution raises {errors}")
            elif student == "untouched":
                audit.release_errors = _error_names(graded_nb)
        with Gradebook(db_url) as gradebook:
            theirs = {}
            for student in submissions:
                found = gradebook.find_submission_notebook(assignment, assignment, student)
                theirs[student] = {g.name: float(g.score or 0) for g in found.grades
                                   if g.name in tests}  # fmt: skip
                if student == "reference":
                    audit.max_score = sum(float(g.max_score) for g in found.grades
                                          if g.name in tests)  # fmt: skip
        maxima = {c.grade_id: c.points for c in notebook.test_cells}
        for student, (_, expected) in submissions.items():
            path = course / "submitted" / student / assignment / f"{assignment}.ipynb"
            status, ours, seconds, flags = _engine_scores(assignment, path, tests)
            row = DifferentialRow(student, len(tests), engine_seconds=seconds,
                                  nbgrader_score=sum(theirs[student].values()),
                                  engine_score=sum(v or 0 for v in ours.values()))  # fmt: skip
            if status != "graded":
                row.differences.append(f"the engine did not grade it: {'; '.join(flags)[:300]}")
            for cell in sorted(tests):
                a, b = theirs[student].get(cell), ours.get(cell)
                if a != b:
                    row.differences.append(f"{cell}: nbgrader {a}, engine {b}")
                want = expected.get(cell)
                for grader, got in (("nbgrader", a), ("engine", b)):
                    if want == "pass" and got != maxima[cell]:
                        audit.problems.append(f"{student}: {cell} should pass ({grader}: {got})")
                    if want == "fail" and got:
                        audit.problems.append(f"{student}: {cell} should fail ({grader}: {got})")
            audit.differential.append(row)
            if row.differences:
                audit.problems.append(
                    f"nbgrader and the engine disagree on the {student} submission: "
                    + "; ".join(row.differences)
                )
        audit.source_score = audit.differential[0].engine_score
        audit.release_score = audit.differential[1].engine_score


# --- mutation -----------------------------------------------------------------------------


def load_allowlist(path: Path = MUTATION_ALLOWLIST) -> dict[tuple[str, str], set[str]]:
    """{(assignment, exercise): {mutant description}} for mutants judged equivalent."""
    if not path.exists():
        return {}
    allowed: dict[tuple[str, str], set[str]] = {}
    for entry in tomllib.loads(path.read_text()).get("equivalent", []):
        if not entry.get("reason", "").strip():
            raise ValueError(f"{path}: every allow-listed mutant needs a reason: {entry}")
        key = (entry["assignment"], entry["exercise"])
        allowed.setdefault(key, set()).add(entry["mutant"])
    return allowed


def mutation_results(
    path: Path,
    time_limit: float,
    assignment: str | None = None,
    answers_dir: Path = ANSWERS_DIR,
) -> tuple[list[dict], dict[str, str]]:
    """Run the mutation analysis in a separate process: forking a process that has started
    kernels and threads is not safe, and a fresh one keeps the audit's own state clean.
    With an assignment, its answer files in answers_dir are graded too."""
    answers = [assignment, str(answers_dir)] if assignment else []
    proc = subprocess.run(
        [sys.executable, "-m", "autograder.mutation_runner", str(path), str(time_limit), *answers],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"mutation analysis of {path} failed:\n{proc.stderr[-3000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return data["results"], data["baseline"]


def _shown(path: str | Path) -> str:
    path = Path(path)
    return str(path.relative_to(COURSE_ROOT)) if path.is_relative_to(COURSE_ROOT) else str(path)


def check_answer_files(
    audit: AssignmentAudit, answers_dir: Path = ANSWERS_DIR
) -> dict[str, list[Path]]:
    """The assignment's answer files; misnamed files, folders naming no exercise, files whose
    first line is not a comment saying what they are, and exercises with too few answers are
    problems."""
    files = answer_files(audit.assignment, answers_dir)
    exercises = {row.exercise for row in audit.exercises}
    for name in sorted(set(files) - exercises):
        folder = _shown(answers_dir / audit.assignment / name)
        audit.problems.append(f"{folder}: no exercise has the grade id {name!r}")
    for paths in files.values():
        for path in paths:
            if answer_kind(path) is None:
                audit.problems.append(
                    f"{_shown(path)}: an answer file is named correct_<label>.py or "
                    "wrong_<label>.py"
                )
            elif not path.read_text().lstrip().startswith("#"):
                audit.problems.append(
                    f"{_shown(path)}: the first line must be a comment saying what it is "
                    "(for a wrong answer, which mistake)"
                )
    for row in audit.exercises:
        kinds = [answer_kind(p) for p in files.get(row.exercise, [])]
        if kinds.count("correct") < MIN_CORRECT_ANSWERS or kinds.count("wrong") < MIN_WRONG_ANSWERS:
            audit.problems.append(
                f"exercise {row.exercise!r} has {kinds.count('correct')} correct and "
                f"{kinds.count('wrong')} wrong answer files in "
                f"{_shown(answers_dir / audit.assignment / row.exercise)} (at least "
                f"{MIN_CORRECT_ANSWERS} and {MIN_WRONG_ANSWERS} are needed)"
            )
    return files


def _apply_answer(audit: AssignmentAudit, row: ExerciseAudit, result: dict) -> None:
    shown = _shown(result["description"])
    passed = result["outcome"] == "survived"
    if result["kind"] == "correct":
        row.alternatives += 1
        if passed:
            row.alternatives_ok += 1
        else:
            why = result.get("detail") or result["outcome"]
            row.alternatives_failed.append(f"{shown}: {why}")
            audit.problems.append(
                f"correct answer {shown} fails the test of {row.exercise!r} ({result['outcome']}: "
                f"{why}): the exercise text or its test is wrong"
            )
    else:
        row.wrong += 1
        if passed:
            row.wrong_passed.append(shown)
            audit.problems.append(
                f"wrong answer {shown} passes the test of {row.exercise!r}: the tests are too weak"
            )
        else:
            row.wrong_caught += 1


def apply_mutation(
    audit: AssignmentAudit,
    notebook: AssignmentNotebook,
    settings,
    answers_dir: Path = ANSWERS_DIR,
) -> None:
    """Mutation analysis, plus the independent answers: every correct_* file must pass the
    exercise's test cell and every wrong_* file must fail it."""
    allow = load_allowlist()
    check_answer_files(audit, answers_dir)
    results, baseline = mutation_results(
        notebook.path, settings.mutant_time_limit, audit.assignment, answers_dir
    )
    for name, problem in baseline.items():
        audit.problems.append(f"mutation baseline for {name!r}: {problem}")
    for row in audit.exercises:
        excused = allow.get((audit.assignment, row.exercise), set())
        for result in (r for r in results if r["exercise"] == row.exercise):
            if result.get("kind", "mutant") != "mutant":
                _apply_answer(audit, row, result)
                continue
            if result["description"] in excused:
                row.allowed += 1
                continue
            row.total += 1
            if result["outcome"] == "survived":
                row.survivors.append(result["description"])
            else:
                row.killed += 1
        if row.total == 0 and row.exercise not in baseline:
            audit.problems.append(f"exercise {row.exercise!r} has no mutants: is its body marked?")
        elif row.kill_rate < EXERCISE_MIN_KILL_RATE:
            audit.problems.append(
                f"exercise {row.exercise!r} kills {row.killed}/{row.total} mutants "
                f"(< {EXERCISE_MIN_KILL_RATE:.0%}); survivors: {row.survivors}"
            )


# --- the whole audit ----------------------------------------------------------------------


def audit_assignment(assignment: str, mutation: bool = True) -> AssignmentAudit:
    settings = GradingSettings.from_config()
    notebook = AssignmentNotebook.read(source_notebook(assignment))
    audit = AssignmentAudit(assignment)
    audit.exercises = [ExerciseAudit(e.name, e.points) for e in notebook.exercises]
    audit.manual_points = sum(c.points for c in notebook.manual_cells)
    audit.problems += check_structure(notebook)
    audit.problems += check_leaks(notebook, RELEASE_DIR / assignment)
    autograde_differentially(assignment, audit, notebook)
    if audit.max_score and abs(audit.source_score - audit.max_score) > 1e-9:
        audit.problems.append(
            f"the source notebook autogrades to {audit.source_score:g}/{audit.max_score:g}, "
            "not full marks"
        )
    if audit.release_score:
        audit.problems.append(
            f"the untouched student version scores {audit.release_score:g}, not 0"
        )
    other = sorted(set(audit.release_errors) - {STUB_ERROR})
    if other:
        audit.problems.append(
            f"the untouched student version raises {other}, not only {STUB_ERROR}"
        )
    if audit.notebook_seconds > settings.notebook_time_limit:
        audit.problems.append(
            f"the notebook takes {audit.notebook_seconds:.1f} s "
            f"(limit {settings.notebook_time_limit:g} s)"
        )
    if mutation:
        apply_mutation(audit, notebook, settings)
    return audit


def audit_all(
    names: list[str], mutation: bool = True, jobs: int | None = None, fresh: bool = False
) -> list[AssignmentAudit]:
    """Audit assignments in parallel (one process each, up to the number of cores); a week
    whose content passed the audit before is taken from the cache (audit_cache.py) unless
    `fresh`."""
    from tqdm import tqdm

    from . import audit_cache

    keys = {n: audit_cache.audit_key(n, mutation) for n in names}
    found = {} if fresh else {n: audit_cache.load(n, keys[n]) for n in names}
    todo = [n for n in names if found.get(n) is None]
    jobs = jobs or min(len(todo), max(1, _cores())) or 1
    if jobs <= 1:
        done = [
            audit_assignment(n, mutation) for n in tqdm(todo, desc="auditing", unit="assignment")
        ]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(audit_assignment, n, mutation) for n in todo]
            done = [f.result() for f in tqdm(futures, desc="auditing", unit="assignment")]
    for audit in done:
        audit_cache.store(audit, keys[audit.assignment], full=mutation)
        found[audit.assignment] = audit
    return [found[n] for n in names]


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0))


def course_kill_rate(audits: list[AssignmentAudit]) -> tuple[int, int]:
    killed = sum(r.killed for a in audits for r in a.exercises)
    total = sum(r.total for a in audits for r in a.exercises)
    return killed, total


def format_table(audits: list[AssignmentAudit]) -> str:
    header = (
        f"{'assignment':<22} {'exercise':<34} {'points':>6} {'mutants killed':>15} "
        f"{'alternatives ok':>15} {'wrong caught':>12} {'notebook s':>10}"
    )
    lines = [header, "-" * len(header)]
    for audit in audits:
        for row in audit.exercises:
            kills = f"{row.killed}/{row.total}" + (f" (+{row.allowed} eq.)" if row.allowed else "")
            alternatives = f"{row.alternatives_ok}/{row.alternatives}"
            caught = f"{row.wrong_caught}/{row.wrong}"
            lines.append(
                f"{audit.assignment:<22} {row.exercise:<34} {row.points:>6g} {kills:>15} "
                f"{alternatives:>15} {caught:>12} {audit.notebook_seconds:>10.1f}"
            )
        if audit.manual_points:
            lines.append(
                f"{audit.assignment:<22} {'(manually graded)':<34} {audit.manual_points:>6g}"
            )
        status = "ok" if audit.ok else f"{len(audit.problems)} problem(s)"
        if audit.cached == "record":
            status += " (recorded: this content passed in tests/audit_records)"
        elif audit.cached:
            status += " (cached: same content passed before)"
        lines.append(
            f"{audit.assignment:<22} {'= source/release score':<34} "
            f"{audit.source_score:g}/{audit.max_score:g} vs {audit.release_score:g}: {status}"
        )
    killed, total = course_kill_rate(audits)
    if total:
        lines.append(f"overall mutants killed: {killed}/{total} = {killed / total:.1%}")
    rows = [r for a in audits for r in a.exercises]
    if any(r.alternatives or r.wrong for r in rows):
        lines.append(
            f"overall independent answers: correct accepted "
            f"{sum(r.alternatives_ok for r in rows)}/{sum(r.alternatives for r in rows)}, "
            f"wrong caught {sum(r.wrong_caught for r in rows)}/{sum(r.wrong for r in rows)}"
        )
    return "\n".join(lines)


def format_differential(audits: list[AssignmentAudit]) -> str:
    """Per assignment: submissions graded by nbgrader and by the engine, cells, differences."""
    header = (
        f"{'assignment':<22} {'submissions':>11} {'grade cells compared':>20} {'differences':>11}"
    )
    lines = [header, "-" * len(header)]
    for audit in audits:
        rows = audit.differential
        cells = sum(r.cells for r in rows)
        differ = sum(len(r.differences) for r in rows)
        lines.append(f"{audit.assignment:<22} {len(rows):>11} {cells:>20} {differ:>11}")
    return "\n".join(lines)


def to_json(audits: list[AssignmentAudit]) -> str:
    return json.dumps([asdict(a) for a in audits], indent=1)
