"""The grader's side: a warm server per assignment that grades each submission in a fork.

`python -m autograder.grading.trusted SOURCE.ipynb` runs the source notebook's set-up cells
once (imports, data loading), then forks one child per submission, which runs a
`GradingSession` (session.py) over the source's plan (plan.py). The modules of the boundary:

    plan.py      the source notebook as the grader walks it
    kept.py      large set-up tables sent to the sandbox once per submission
    crossing.py  arguments grader -> sandbox: student functions, call-backs, generators
    verdicts.py  what the student's side raised or did, and the messages students read
    session.py   one submission: the sandbox's life, student cells, calls, test cells
    sandbox.py   bubblewrap, limits, the socket (sandbox_runner.py runs inside)

Protocol with the engine: one JSON line per request on stdin; one JSON line per answer on
stdout. The child writes its result as JSON into the file the request names: {"results",
"flags"} when graded, {"fault": reason} when the grader's own machinery failed.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import select
import signal
import sys
import traceback
from pathlib import Path
from typing import NamedTuple

from ..notebook import AssignmentNotebook
from . import hoist
from .kept import KeptValue, SetupValueChanged, kept_setup_values
from .plan import source_plan
from .pruning import inert_names, normalised
from .sandbox import ControlGroups, limit_trusted_memory
from .session import START_SECONDS, GradingSession
from .verdicts import GraderFault

SETUP_CHANGED_STATUS = 3  # the grading child's exit status: a test cell changed a kept value
INTERLEAVED = "--interleaved"  # run the other cells per submission, in order (see hoist.py)
log = logging.getLogger("smcm.grading.trusted")


class Hoisting(NamedTuple):
    hoisted: bool  # the other cells ran once, here (hoist.py)
    note: str  # what the grading log says about it
    prunable: frozenset[str] = frozenset()  # other cells the sandbox may leave out (pruning.py)
    inert: frozenset[str] = frozenset()  # names no call can change (pruning.inert_names)


def _make_shell():
    os.environ.setdefault("MPLBACKEND", "Agg")
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    config = Config()
    config.HistoryManager.enabled = False
    shell = InteractiveShell.instance(config=config)
    shell.showtraceback = lambda *a, **k: None
    shell.showsyntaxerror = lambda *a, **k: None
    return shell


def _grade_child(
    shell, plan, request: dict, kept: dict[int, KeptValue], hoisting: Hoisting
) -> None:
    """In the forked child: grade, write the result file, exit without returning."""
    status = 1
    try:
        os.setsid()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        session = GradingSession(
            shell,
            request,
            kept,
            hoisted=hoisting.hoisted,
            prunable=hoisting.prunable,
            inert=hoisting.inert,
        )
        session.step(hoisting.note)
        limit_trusted_memory(session.limits)  # a huge answer must not take the machine's memory
        try:
            outcome = session.grade(plan)
        except GraderFault as fault:
            outcome = {"fault": str(fault)[:500], "flags": session.flags, "steps": session.steps}
        finally:
            session.finish()
        Path(request["result_path"]).write_text(json.dumps(outcome))
        status = 0
    except SetupValueChanged:
        status = SETUP_CHANGED_STATUS
    except BaseException:  # noqa: BLE001 -- report through the exit status, never hang
        with contextlib.suppress(Exception):
            Path(request["result_path"] + ".error").write_text(traceback.format_exc()[-4000:])
    finally:
        os._exit(status)


def _wait(pid: int, timeout: float) -> tuple[int | None, bool]:
    """(exit status, timed out); kills the child's whole session when over time."""
    fd = os.pidfd_open(pid)
    try:
        ready, _, _ = select.select([fd], [], [], max(timeout, 0))
    finally:
        os.close(fd)
    timed_out = not ready
    if timed_out:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return (os.waitstatus_to_exitcode(status), timed_out)


def _hoist(shell, plan, source_path: Path, interleaved: bool) -> Hoisting:
    """Whether the other cells ran once here; re-executes this server in interleaved mode if
    the other cells, run once, do not give what the check saw."""
    if interleaved or os.environ.get("SMCM_HOIST", "").lower() in ("off", "0", "no"):
        return Hoisting(False, "the source's other cells run for each submission, in order")
    found = hoist.check(shell, plan)
    if not found.ok:
        return Hoisting(False, f"the source's other cells run for each submission ({found.reason})")
    problem, quiet = hoist.run_other_cells(shell, plan, found.final)
    if problem:
        log.warning("hoisting the other cells of %s failed: %s", source_path, problem)
        sys.stdout.flush()
        os.execv(sys.executable, [sys.executable, "-m", __spec__.name, str(source_path),
                                  INTERLEAVED])  # fmt: skip
    prunable = frozenset(normalised(cell.source) for cell in plan if cell.index in quiet)
    return Hoisting(
        True,
        "the source's other cells ran once, in the warm server (hoist.py)",
        prunable,
        inert_names(shell.user_ns),
    )


def serve(source_path: Path, interleaved: bool = False) -> None:
    notebook = AssignmentNotebook.read(source_path)
    plan = source_plan(notebook)
    shell = _make_shell()
    os.chdir(source_path.parent)
    setup_errors = []
    before = set(shell.user_ns)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        for cell in plan:
            if cell.kind == "setup":
                result = shell.run_cell(cell.source, store_history=False, silent=True)
                error = result.error_before_exec or result.error_in_exec
                if error is not None:
                    setup_errors.append(f"source cell {cell.index + 1}: {type(error).__name__}")
    hoisting = (
        _hoist(shell, plan, source_path, interleaved) if not setup_errors else Hoisting(False, "")
    )
    kept = kept_setup_values(shell.user_ns, [n for n in shell.user_ns if n not in before])
    reply = sys.stdout
    print(json.dumps({"ready": True, "setup_errors": setup_errors}), file=reply, flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        timeout = float(request["settings"]["notebook_timeout"]) + START_SECONDS
        for keep in (kept, {}):  # again without kept values if a test cell changed one
            pid = os.fork()
            if pid == 0:
                _grade_child(shell, plan, request, keep, hoisting)
            status, timed_out = _wait(pid, timeout)
            ControlGroups.remove_leftovers(pid)
            if status != SETUP_CHANGED_STATUS:
                break
        print(json.dumps({"status": status, "timed_out": timed_out}), file=reply, flush=True)


def main() -> None:  # pragma: no cover -- started by engine.py as a subprocess
    # The server ends when the engine process that started it closes its stdin (or dies).
    serve(Path(sys.argv[1]), interleaved=INTERLEAVED in sys.argv[2:])


if __name__ == "__main__":
    main()
