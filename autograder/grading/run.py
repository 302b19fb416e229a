"""`smcm grade`: grade every submission that is not graded yet, on every core or on Dask.

One run: find what is missing (no result in autograded/, a changed notebook, or no submission
in the gradebook), back up the gradebook and submissions, make sure nbgrader's gradebook knows
the assignment, call the engine's grade_submission for each submission in a process pool (or
on a Dask cluster), record each result the moment it arrives (gradebook first, then
autograded/<student>/<assignment>/ with the result JSON written last), and finally check the
gradebook's integrity. Interrupting a run loses at most the submissions in flight; the next run
grades only what is missing. One submission's failure (an engine error, a dead worker, a broken
result) becomes a "failed" result for that student alone.
"""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tqdm import tqdm

from ..config import GradingSettings, load_course_config
from .backup import Backup, backup_before_grading
from .course import GradingCourse, RosterEntry, sha256_file, write_atomic
from .gradebook import (
    check_integrity,
    ensure_assignment,
    graded_students,
    max_scores,
    open_gradebook,
    record_result,
    validate_record,
)
from .grading_log import grading_log, log_record
from .worker import GradeFunction, Job, failed_record, grade_job, is_sandbox_unavailable


class SandboxRefused(RuntimeError):
    """The engine has no sandbox and --unsafe was not given: nothing was graded."""


class PreflightFailed(RuntimeError):
    """The reference solution or the untouched student version did not grade as it must
    through this run's sandbox and pool: the grader is broken here, nothing was graded."""


def preflight_jobs(assignment: str, folder: Path) -> dict[str, Job]:
    """The reference typed into the student version and the untouched student version, as
    submissions of two pseudo-students in `folder`."""
    from ..typed_in import filled_student_notebook

    jobs = {}
    for student, attempted in (("smcm-preflight-reference", True),
                               ("smcm-preflight-untouched", False)):  # fmt: skip
        path = folder / student / assignment / f"{assignment}.ipynb"
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(filled_student_notebook(assignment, attempted=attempted)))
        jobs[student] = Job(assignment, student, str(path), sha256_file(path))
    return jobs


def run_preflight(assignment: str, execute, log) -> None:
    """Grade the two pre-flight notebooks with `execute` (this run's pool or cluster); raise
    PreflightFailed with what broke unless the reference gets full marks and the untouched
    version zero."""
    with tempfile.TemporaryDirectory(prefix="smcm-preflight-") as folder:
        checks = preflight_jobs(assignment, Path(folder))
        try:
            records = {job.student: record for job, record in execute(list(checks.values()))}
        except Exception as exc:
            if is_sandbox_unavailable(exc):
                raise SandboxRefused(str(exc)) from exc
            raise
    for record in records.values():
        log_record(log, record)
    if problems := preflight_problems(records):
        log.error("pre-flight failed, nobody graded: %s", "; ".join(problems))
        raise PreflightFailed("; ".join(problems))
    log.info("pre-flight passed: reference full marks, untouched version 0")


def preflight_problems(records: dict[str, dict]) -> list[str]:
    """What is wrong with the two pre-flight results (nothing, when the grader works)."""
    problems = []
    for student, record in records.items():
        what = student.removeprefix("smcm-preflight-")
        if record["status"] != "graded":
            problems.append(f"the {what} notebook could not be graded: "
                            + "; ".join(record["flags"])[:500])  # fmt: skip
            continue
        cells = [c for c in record["cells"] if c["score"] is not None]
        total = sum(c["score"] for c in cells)
        if what == "reference" and total != sum(c["max_score"] for c in cells):
            lost = [f"{c['grade_id']} ({c['message']})" for c in cells
                    if c["score"] != c["max_score"]]  # fmt: skip
            problems.append(f"the reference solution loses marks: {'; '.join(lost)[:500]}")
        if what == "untouched" and total:
            problems.append(f"the untouched student version scores {total:g}, not 0")
    return problems


@dataclass
class GradeRun:
    assignment: str
    graded: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    already_graded: int = 0
    backup: Backup | None = None
    integrity_problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


# --- executors -------------------------------------------------------------------------------


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


class WorkerPool:
    """`workers` grading processes kept for a whole run, pre-flight and class alike: each
    worker starts its warm server (engine.py) once, not once per batch.

    At most `workers` jobs are in flight, so when a worker dies (killed, out of memory) only
    those are suspects: each is then retried alone in a fresh process, and the one that kills
    its process again gets a "failed" result while everybody else is graded normally.
    """

    def __init__(self, run_job: Callable[[Job], dict], workers: int):
        self.run_job = run_job
        self.workers = max(1, workers)
        # Workers fork from a clean server process that has imported the worker code once:
        # they start fast and inherit no database connections or threads from this process.
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload([__package__ + ".worker"])
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self, wait: bool = True) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=wait, cancel_futures=True)
            self.pool = None

    def run(self, jobs: list[Job]) -> Iterator[tuple[Job, dict]]:
        """Results as they complete."""
        pending, suspects = deque(jobs), []
        while pending:
            if self.pool is None:
                self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=self.context)
            in_flight: dict = {}
            try:
                while pending or in_flight:
                    broken = False
                    while pending and len(in_flight) < self.workers:
                        job = pending.popleft()
                        try:
                            in_flight[self.pool.submit(self.run_job, job)] = job
                        except BrokenProcessPool:  # a worker died since the last results
                            pending.appendleft(job)
                            broken = True
                            break
                    done = set() if broken else wait(in_flight, return_when=FIRST_COMPLETED)[0]
                    for future in done:
                        job = in_flight.pop(future)
                        try:
                            yield job, future.result()
                        except BrokenProcessPool:
                            broken = True
                            suspects.append(job)
                    if broken:
                        suspects.extend(in_flight.values())
                        in_flight.clear()
                        self.close(wait=True)  # a broken pool takes no more jobs
                        break
            finally:
                if in_flight:  # the caller stopped early: do not wait for the others
                    self.close(wait=False)
        for job in suspects:
            with ProcessPoolExecutor(max_workers=1, mp_context=self.context) as alone:
                try:
                    yield job, alone.submit(self.run_job, job).result()
                except BrokenProcessPool:
                    yield (
                        job,
                        failed_record(
                            job, "the grading process died while grading this submission (killed?)"
                        ),
                    )


def on_dask(jobs: list[Job], run_job: Callable[[Job], dict], client) -> Iterator[tuple[Job, dict]]:
    """Results as they complete, from a Dask distributed cluster (its scheduler does the
    queueing, retries and worker failures; a task it gives up on is that student's failure)."""
    from distributed import as_completed

    futures = client.map(
        run_job,
        jobs,
        pure=False,
        key=[f"smcm-grade-{j.assignment}-{j.student}-{j.sha256[:12]}" for j in jobs],
    )
    job_of = {future.key: job for future, job in zip(futures, jobs, strict=True)}
    for future in as_completed(futures):
        job = job_of[future.key]
        if future.status == "finished":
            yield job, future.result()
            continue
        exc = future.exception()
        if is_sandbox_unavailable(exc):
            raise exc
        yield job, failed_record(job, f"grading on Dask failed: {type(exc).__name__}: {exc}")


def dask_client(scheduler: str | None, local_workers: int | None):
    """(client, cluster-or-None) for a scheduler address or a local cluster of processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler, timeout="30s"), None
    cluster = LocalCluster(
        n_workers=local_workers,
        threads_per_worker=1,  # one submission per worker process at a time
        processes=True,
        dashboard_address=None,
    )
    return Client(cluster), cluster


# --- the run ------------------------------------------------------------------------------------


def read_result(course: GradingCourse, student: str, assignment: str) -> dict | None:
    path = course.result_file(student, assignment)
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def pending_jobs(course: GradingCourse, assignment: str) -> tuple[list[Job], int]:
    """(submissions to grade, how many are already graded and unchanged)."""
    in_gradebook = graded_students(course, assignment)
    jobs, done = [], 0
    for student in course.students_with_submission(assignment):
        notebook = course.submission_notebook(student, assignment)
        digest = sha256_file(notebook)
        previous = read_result(course, student, assignment)
        if previous and previous.get("notebook_sha256") == digest and student in in_gradebook:
            done += 1
            continue
        stamp_file = notebook.parent / "timestamp.txt"
        stamp = stamp_file.read_text().strip() if stamp_file.is_file() else None
        jobs.append(Job(assignment, student, str(notebook.resolve()), digest, stamp or None))
    return jobs, done


def write_autograded(course: GradingCourse, job: Job, record: dict) -> None:
    folder = course.autograded_dir(job.student, job.assignment)
    folder.mkdir(parents=True, exist_ok=True)
    submitted = Path(job.notebook)
    shutil.copyfile(submitted, folder / submitted.name, follow_symlinks=False)
    if job.timestamp:
        write_atomic(folder / "timestamp.txt", job.timestamp)
    document = dict(
        record,
        total=sum(c["score"] or 0.0 for c in record["cells"]),
        notebook_sha256=job.sha256,
        graded_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    # written last: its presence (with this checksum) is what marks the submission as graded
    write_atomic(course.result_file(job.student, job.assignment), json.dumps(document, indent=1))


def grade_assignment(
    course: GradingCourse,
    assignment: str,
    *,
    grade_fn: GradeFunction | None = None,
    settings: GradingSettings | None = None,
    workers: int | None = None,
    dask_scheduler: str | None = None,
    dask_local_workers: int | None = None,
    unsafe: bool = False,
    roster: dict[str, RosterEntry] | None = None,
    progress: bool = True,
    on_recorded: Callable[[dict], None] | None = None,
    preflight: bool | None = None,
) -> GradeRun:
    """Grade what is missing for `assignment`; see the module docstring.

    Before the class, the reference solution and the untouched student version are graded
    through the same pool (or cluster) and sandbox: if the reference loses a mark, the untouched
    version earns one, or either cannot be graded, PreflightFailed says what broke and nothing
    is graded (preflight defaults to on with the real engine, off with a stand-in grade_fn).
    """
    with grading_log(course, assignment) as log:
        try:
            started = time.monotonic()
            if preflight is None:
                preflight = grade_fn is None
            if grade_fn is None:
                from .engine import grade_submission as grade_fn
            settings = settings or GradingSettings.from_config()
            roster = roster or {}
            run = GradeRun(assignment)
            ensure_assignment(course, assignment)
            jobs, run.already_graded = pending_jobs(course, assignment)
            log.info("grading %s: %d to grade, %d already graded and unchanged",
                         assignment, len(jobs), run.already_graded)  # fmt: skip
            if jobs:
                run.backup = backup_before_grading(course, assignment)
                log.info("backup: %s", run.backup.folder)
                run_job = functools.partial(grade_job, grade_fn, settings, unsafe)
                scheduler = (
                    dask_scheduler if dask_scheduler is not None else settings.dask_scheduler
                )
                client = cluster = pool = None
                if scheduler or dask_local_workers:
                    client, cluster = dask_client(scheduler or None, dask_local_workers)

                    def execute(batch):
                        return on_dask(batch, run_job, client)
                else:
                    pool = WorkerPool(run_job, workers or settings.workers or default_workers())
                    execute = pool.run

                if preflight:
                    try:
                        run_preflight(assignment, execute, log)
                    except BaseException:  # PreflightFailed, SandboxRefused, ...: stop the workers
                        for closing in (pool, client, cluster):
                            if closing is not None:
                                closing.close()
                        raise
                results = execute(jobs)
                limits = max_scores(course, assignment)
                course_config = load_course_config()
                text_stub = course_config.ClearSolutions.get("text_stub", "YOUR ANSWER HERE")
                bar = tqdm(
                    total=len(jobs),
                    desc=f"grading {assignment}",
                    unit="submission",
                    disable=not progress,
                )
                try:
                    with open_gradebook(course) as gradebook:
                        for job, record in results:
                            if problems := validate_record(record, limits):
                                record = failed_record(job, "; ".join(problems), record["seconds"])
                            log_record(log, record)
                            record_result(
                                gradebook,
                                record,
                                roster.get(job.student),
                                job.timestamp,
                                text_stub,
                                course_config,
                            )
                            write_autograded(course, job, record)
                            (run.graded if record["status"] == "graded" else run.failed).append(
                                job.student
                            )
                            bar.update()
                            if on_recorded:
                                on_recorded(record)
                except Exception as exc:
                    if is_sandbox_unavailable(exc):
                        raise SandboxRefused(str(exc)) from exc
                    raise
                finally:
                    bar.close()
                    results.close()
                    if pool is not None:
                        pool.close()
                    if client is not None:
                        client.close()
                    if cluster is not None:
                        cluster.close()
            graded_results = {
                student: result
                for student in course.students_with_submission(assignment)
                if (result := read_result(course, student, assignment)) is not None
            }
            run.integrity_problems = check_integrity(course, assignment, graded_results)
            run.seconds = time.monotonic() - started
            log.info(
                    "%s: graded %d, failed %d, already graded %d, %.1f s; integrity: %s",
                    assignment, len(run.graded), len(run.failed), run.already_graded,
                    run.seconds, "; ".join(run.integrity_problems) or "ok",
                )  # fmt: skip
            return run
        except BaseException as exc:
            log.exception("grading %s stopped: %s: %s", assignment, type(exc).__name__, exc)
            raise
