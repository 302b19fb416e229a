"""What runs in a grading worker process (or on a Dask worker): kept free of heavy imports,
because every fresh worker process imports this module before it can grade anything."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, is_dataclass
from pathlib import Path

from ..config import GradingSettings

GradeFunction = Callable[..., object]


@dataclass(frozen=True)
class Job:
    assignment: str
    student: str
    notebook: str  # absolute path of submitted/<student>/<assignment>/<assignment>.ipynb
    sha256: str
    timestamp: str | None = None


def as_record(result: object) -> dict:
    """The engine's SubmissionResult as a JSON-ready dict (the same whatever runs it)."""
    data = asdict(result) if is_dataclass(result) else dict(result)
    cells = [
        {
            "grade_id": str(c["grade_id"]),
            "score": None if c["score"] is None else float(c["score"]),
            "max_score": float(c["max_score"]),
            "message": str(c.get("message") or ""),
        }
        for c in data.get("cells", [])
    ]
    return {
        "assignment": str(data["assignment"]),
        "student": str(data["student"]),
        "status": str(data.get("status", "failed")),
        "flags": [str(f) for f in data.get("flags", [])],
        "seconds": float(data.get("seconds") or 0.0),
        "cells": cells,
        "answers": {str(k): str(v) for k, v in (data.get("answers") or {}).items()},
        "log": [str(line) for line in data.get("log") or []],
    }


def failed_record(job: Job, reason: str, seconds: float = 0.0) -> dict:
    return {
        "assignment": job.assignment,
        "student": job.student,
        "status": "failed",
        "flags": [reason],
        "seconds": seconds,
        "cells": [],
        "answers": {},
    }


def is_sandbox_unavailable(exc: BaseException) -> bool:
    # Matched by name: the exception may arrive re-created by Dask from another machine.
    return any(kind.__name__ == "SandboxUnavailable" for kind in type(exc).__mro__)


def grade_job(
    grade_fn: GradeFunction, settings: GradingSettings | None, unsafe: bool, job: Job
) -> dict:
    """Runs in a worker process: grade one submission, never raise for a bad one."""
    started = time.monotonic()
    try:
        result = grade_fn(
            job.assignment, job.student, Path(job.notebook), settings=settings, unsafe=unsafe
        )
        record = as_record(result)
    except Exception as exc:
        if is_sandbox_unavailable(exc):
            raise
        return failed_record(
            job, f"grader error: {type(exc).__name__}: {exc}", time.monotonic() - started
        )
    # the workflow, not the engine, decides whose result this is
    record["assignment"], record["student"] = job.assignment, job.student
    return record
