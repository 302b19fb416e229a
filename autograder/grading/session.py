"""One submission's grading: the source's cells run here, the student's code in a sandbox.

`GradingSession` walks the source notebook's plan (plan.py) in a forked child of the warm
server (trusted.py). At each solution cell it binds proxies (`StudentFunction`) that call the
student's functions in the sandbox; it runs the source's other cells and its test cells itself.
Arguments cross as crossing.py describes; answers come back through safe_codec; a call may be
interrupted by call-backs to the test's own functions, which run here.
"""

from __future__ import annotations

import contextlib
import pickle
import time
from pathlib import Path

from . import safe_codec
from .crossing import (
    ArgumentsNotSendable,
    Callbacks,
    StudentFunction,
    callback_arguments,
    pickle_for_sandbox,
)
from .kept import KeptValue, SetupValueChanged, same_table, split_kept
from .plan import SourceCell
from .pruning import cells_to_skip, release_code
from .replies import Missing, Raised, TimedOut, Unsupported, read_reply
from .sandbox import Limits, ProtocolError, Sandbox, SandboxDied, SandboxTimeout
from .verdicts import (
    GraderFault,
    StudentCrashed,
    StudentProblem,
    StudentTimeout,
    StudentUnreadable,
    failure_message,
    student_exception,
    student_strings,
)

GRACE_SECONDS = 2.0  # the runner's own soft limit fires first; this kills it if that fails
START_SECONDS = 120.0  # starting the sandbox and IPython on a loaded machine
MAX_RESTARTS = 4


class GradingSession:
    def __init__(
        self,
        shell,
        request: dict,
        kept: dict[int, KeptValue] | None = None,
        hoisted=False,
        prunable: frozenset[str] = frozenset(),
        inert: frozenset[str] = frozenset(),
    ):
        self.shell = shell
        self.hoisted = hoisted  # the other cells ran once in the warm server (hoist.py)
        self.request = request
        self.kept = kept or {}
        self.kept_in_sandbox: set[str] = set()  # keys the current sandbox holds
        self.kept_used: dict[str, KeptValue] = {}  # in the current trusted cell
        settings = request["settings"]
        self.cell_timeout = float(settings["cell_timeout"])
        self.limits = Limits(
            memory_limit_mb=int(settings["memory_limit_mb"]),
            max_processes=int(settings["max_processes"]),
            output_limit_bytes=int(settings["output_limit_bytes"]),
        )
        self.deadline = time.monotonic() + float(settings["notebook_timeout"])
        self.cell_deadline = self.deadline
        self.code_cells = request["code_cells"]  # [{"position", "source", "grade_id"}]
        self.prunable = prunable
        self.inert = inert
        self.left_out: set[int] = set()  # code cells the sandbox leaves out (see grade)
        self.flags: list[str] = []
        self.executed: list[int] = []  # student cells that ran to the end (replayed on restart)
        self.next_cell = 0
        self.restarts = 0
        self.sandbox: Sandbox | None = None
        self.output_bytes = 0
        self.memory_hit = self.process_hit = False
        self.background = 0
        self.current = "set-up"
        self.fault: GraderFault | None = None  # the grader's own failure: the submission fails
        self.returned: set[str] = set()  # strings the student's code handed back (bounded)
        self.steps: list[str] = []  # what happened, with times: the instructor's grading log
        self.started = time.monotonic()
        # The source's own definitions of each solution cell's names: the source's other cells
        # run with these (see run_other).
        self.reference: dict[str, object] = {}

    def step(self, text: str) -> None:
        self.steps.append(f"{time.monotonic() - self.started:7.2f} s  {text}"[:400])

    def _fault(self, message: str) -> GraderFault:
        """Record a failure of the grader's machinery (kept even if a test cell swallows it)."""
        self.fault = self.fault or GraderFault(message)
        return self.fault

    # --- the sandbox's life ----------------------------------------------------------------
    def _new_sandbox(self) -> Sandbox:
        """A started sandbox whose runner can import the course's packages; GraderFault if
        not: nothing of the student's has run in it yet, so the failure is the grader's."""
        sandbox = Sandbox(self.request["assignment"], Path(self.request["submission_copy"]),
                          self.limits, bool(self.request["unsafe"]))  # fmt: skip
        try:
            sandbox.start()
            header, _ = sandbox.request(
                {"op": "ping", "packages": list(self.request.get("packages", []))},
                START_SECONDS,
            )
        except (OSError, SandboxDied, SandboxTimeout, ProtocolError,
                safe_codec.UnreadableResult) as exc:  # fmt: skip
            sandbox.stop()
            raise self._fault(f"the sandbox did not start ({exc})") from None
        missing = header.get("missing_packages")
        if missing:
            sandbox.stop()
            raise self._fault(
                f"the sandbox cannot import the course's packages: {str(missing)[:200]}"
            )
        return sandbox

    def remaining(self) -> float:
        return max(self.deadline - time.monotonic(), 0.0)

    def _retire(self) -> None:
        if self.sandbox is None:
            return
        self.sandbox.stop()
        self.background = max(self.background, self.sandbox.background)
        self.memory_hit |= self.sandbox.memory_limit_hit
        self.process_hit |= self.sandbox.process_limit_hit
        self.output_bytes += self.sandbox.output_bytes
        self.sandbox = None

    def ensure_sandbox(self) -> Sandbox:
        if self.sandbox is not None and self.sandbox.alive:
            return self.sandbox
        self._retire()
        if self.restarts > MAX_RESTARTS:
            raise StudentCrashed("the sandbox was restarted too often")
        if self.restarts:
            self.flags.append(f"sandbox restarted ({self.current})")
        self.restarts += 1
        self.kept_in_sandbox = set()
        if self.remaining() <= 0:
            raise StudentTimeout("the notebook's time limit was reached")
        self.sandbox = self._new_sandbox()
        replay, self.executed = self.executed, []
        for index in replay:
            self._run_student_cell(index, replaying=True)
        return self.sandbox

    # --- the student's cells ---------------------------------------------------------------
    def run_student_cells_through(self, last: int) -> None:
        while self.next_cell <= last:
            index = self.next_cell
            self.next_cell += 1
            if index in self.left_out:
                continue
            try:
                self.ensure_sandbox()
            except (StudentCrashed, StudentTimeout):
                return
            self._run_student_cell(index, replaying=False)

    def _run_student_cell(self, index: int, replaying: bool) -> None:
        cell = self.code_cells[index]
        where = f"cell {cell['position']}"
        timeout = min(self.cell_timeout, self.remaining())
        if timeout <= 0:
            return
        try:
            header, _ = self.sandbox.request(
                {"op": "run", "code": cell["source"], "timeout": timeout}, timeout + GRACE_SECONDS
            )
        except SandboxTimeout:
            self.flags.append(f"timeout in {where} (over {self.cell_timeout:g} s; cell skipped)")
            self._retire()
            return
        except (SandboxDied, ProtocolError, safe_codec.UnreadableResult) as exc:
            self.flags.append(f"the student's code ended its Python process in {where} ({exc})")
            self._retire()
            return
        error = header.get("error")
        if error == "timeout":
            self.flags.append(f"timeout in {where} (over {self.cell_timeout:g} s; cell skipped)")
            return
        if error == "MemoryError":
            # What it allocated may still be held: start afresh without this cell.
            self.memory_hit = True
            self.flags.append(f"memory limit hit in {where} (MemoryError; cell skipped)")
            self._retire()
            return
        self.executed.append(index)

    # --- calls into the student's process --------------------------------------------------
    def call(self, name: str, args: tuple, kwargs: dict):
        args, kwargs, slots = split_kept(args, kwargs, self.kept)
        callbacks = Callbacks()
        try:
            payload = pickle_for_sandbox((args, kwargs), callbacks)
        except ArgumentsNotSendable as exc:
            raise self._fault(f"{self.current}: {exc}") from None
        request = {"op": "call", "name": name, "args": payload,
                   "kept": [(slot, value.key) for slot, value in slots]}  # fmt: skip
        for _, value in slots:
            self.kept_used[value.key] = value
        return self._ask(request, [value for _, value in slots], callbacks)

    def _run_callback(self, callbacks: Callbacks, header: dict, buffers) -> dict:
        """Run a test's own function that the student's code called; the reply the sandbox
        gets: the result (pickled like an argument) or the exception it raised."""
        try:
            fn = callbacks.get(header.get("callback"))
            args, kwargs = callback_arguments(header, buffers)
            student_strings([args, kwargs], self.returned)
        except (ArgumentsNotSendable, safe_codec.UnreadableResult) as exc:
            error = TypeError(f"the grader could not read that call's arguments ({exc})")
            return {"op": "callback_raised", "exception": pickle.dumps(error)}
        try:
            result = fn(*args, **kwargs)
        except GraderFault:
            raise
        except Exception as exc:  # noqa: BLE001 -- the test's function raised: so does the call
            callbacks.errors.append(exc)
            try:
                payload = pickle_for_sandbox(exc, callbacks)
            except ArgumentsNotSendable:
                payload = pickle.dumps(RuntimeError(type(exc).__name__))
            return {"op": "callback_raised", "exception": payload}
        try:
            return {"op": "callback_result", "value": pickle_for_sandbox(result, callbacks)}
        except ArgumentsNotSendable as exc:
            raise self._fault(f"{self.current}: a test function's result: {exc}") from None

    def get(self, name: str):
        return self._ask({"op": "get", "name": name})

    def _ask(self, request: dict, kept: list[KeptValue] = (), callbacks: Callbacks | None = None):
        sandbox = self.ensure_sandbox()
        timeout = min(self.cell_deadline, self.deadline) - time.monotonic()
        if timeout <= 0:
            raise StudentTimeout("no time left")
        try:
            for value in kept:
                if value.key not in self.kept_in_sandbox:
                    sandbox.request({"op": "keep", "key": value.key, "payload": value.payload},
                                    timeout + GRACE_SECONDS)  # fmt: skip
                    self.kept_in_sandbox.add(value.key)
            on_callback = None
            if callbacks is not None:

                def on_callback(header, buffers):
                    return self._run_callback(callbacks, header, buffers)

            header, buffers = sandbox.request(
                dict(request, timeout=timeout), timeout + GRACE_SECONDS, on_callback
            )
        except SandboxTimeout:
            self.flags.append(f"timeout in {self.current}")
            self._retire()
            raise StudentTimeout("the student's function ran out of time") from None
        except SandboxDied:
            self.flags.append(f"the student's code ended its Python process in {self.current}")
            self._retire()
            raise StudentCrashed("the student's process ended") from None
        except (ProtocolError, safe_codec.UnreadableResult) as exc:
            self.flags.append(f"unreadable answer from the sandbox in {self.current} ({exc})")
            self._retire()
            raise StudentUnreadable(str(exc)) from None
        except (GraderFault, StudentProblem):
            raise
        except Exception as exc:  # noqa: BLE001 -- our own machinery broke: never a mark
            self._retire()
            raise self._fault(
                f"the grader failed while calling the student's code in {self.current} "
                f"({type(exc).__name__}: {str(exc)[:200]})"
            ) from exc
        reply = self._read_reply(header)
        if isinstance(reply, Raised):
            self.memory_hit |= reply.memory_error
            raise self._original_or_student(reply.classes, callbacks)
        if isinstance(reply, TimedOut):
            self.flags.append(f"timeout in {self.current}")
            raise StudentTimeout("the student's function ran out of time")
        if isinstance(reply, Missing):  # the name the grader asked for, not the sandbox's text
            name = str(request.get("name"))
            raise NameError(f"name {name!r} is not defined", name=name)
        if isinstance(reply, Unsupported):
            raise StudentUnreadable("a value of a type the grader does not accept")
        try:  # decoding takes the call's own time: a slow answer fails this call only
            deadline = max(min(self.cell_deadline, self.deadline), time.monotonic() + 1.0)
            value = safe_codec.decode(reply.encoded, buffers, deadline)
            student_strings(value, self.returned)  # kept out of every message
            return value
        except safe_codec.UnreadableResult as exc:
            self.flags.append(f"unreadable answer in {self.current} ({exc})")
            raise StudentUnreadable(str(exc)) from None
        except Exception as exc:  # noqa: BLE001 -- decode itself broke: ours, not a mark
            raise self._fault(
                f"the grader could not decode an answer in {self.current} "
                f"({type(exc).__name__}: {str(exc)[:200]})"
            ) from exc

    def _read_reply(self, header: dict):
        try:
            return read_reply(header)
        except safe_codec.UnreadableResult as exc:
            self.flags.append(f"unreadable answer from the sandbox in {self.current} ({exc})")
            raise StudentUnreadable(str(exc)) from None

    @staticmethod
    def _original_or_student(raised: list, callbacks: Callbacks | None) -> BaseException:
        """An exception a test's own function raised and the student's code let through is
        re-raised as itself (its message is the test's); anything else as student_exception."""
        errors = callbacks.errors if callbacks is not None else []
        if errors and raised:
            cls = type(errors[-1])
            if raised[0] == [cls.__module__, cls.__qualname__]:
                return errors[-1]
        return student_exception(raised)

    def bind_solution(self, cell: SourceCell, position: int) -> None:
        """Put the student's definitions of the solution cell's names into the grader's
        namespace: proxies for callables, plain decoded values for anything else."""
        namespace = self.shell.user_ns
        for name in cell.names:
            namespace.pop(name, None)
        self.run_student_cells_through(position)
        if not cell.names:
            return
        try:
            sandbox = self.ensure_sandbox()
            timeout = max(min(self.cell_timeout, self.remaining()), 0.1)
            header, _ = sandbox.request({"op": "describe", "names": cell.names}, timeout)
        except (SandboxDied, SandboxTimeout, ProtocolError,
                safe_codec.UnreadableResult):  # fmt: skip
            self._retire()
            return
        kinds = header.get("names") if isinstance(header.get("names"), dict) else {}
        for name in cell.names:
            kind = kinds.get(name)
            if kind == "callable":
                namespace[name] = StudentFunction(self.call, name)
            elif kind == "value":
                with contextlib.suppress(StudentProblem, NameError):
                    namespace[name] = self.get(name)

    # --- the grader's cells ----------------------------------------------------------------
    def define_reference(self, cell: SourceCell) -> None:
        """Run the source's solution cell here (the instructor's code: trusted) and keep what
        it defines. Nothing it defines stays bound: bind_solution binds the student's."""
        namespace = self.shell.user_ns
        saved = {name: namespace[name] for name in cell.names if name in namespace}
        error = self.run_trusted(cell)
        if error is not None:
            raise self._fault(f"the source's solution cell {cell.grade_id} raised {error!r}")
        self.reference.update({n: namespace[n] for n in cell.names if n in namespace})
        for name in cell.names:
            namespace.pop(name, None)
        namespace.update(saved)

    def run_other(self, cell: SourceCell) -> None:
        """Run one of the source's other cells (worked examples, figures, set-up between
        exercises) with the source's own solutions bound, not the student's.

        Test cells never use a value an other cell derived from a student's function (the
        authoring guide's rule; the audit's differential grading and its untouched-version
        check catch a test that does), so what matters of these cells is the values they
        compute from the data, and those are the same either way. Running them here, without
        a call into the sandbox per use of a student's function, is what makes a worked
        example that loops over a thousand cascades cost what it costs in a notebook."""
        namespace = self.shell.user_ns
        missing = object()
        student = {name: namespace.get(name, missing) for name in self.reference}
        namespace.update(self.reference)
        try:
            self.run_trusted(cell)
        finally:
            for name, value in student.items():
                if namespace.get(name, missing) is not self.reference[name]:
                    continue  # the cell bound the name itself: keep what it bound
                if value is missing:
                    namespace.pop(name, None)
                else:
                    namespace[name] = value

    def run_trusted(self, cell: SourceCell) -> BaseException | None:
        self.cell_deadline = min(time.monotonic() + self.cell_timeout, self.deadline)
        self.current = cell.grade_id or f"cell {cell.index + 1}"
        code = self.shell.transform_cell(cell.source)
        error = None
        try:
            exec(compile(code, f"<{cell.kind} {cell.index}>", "exec"), self.shell.user_ns)
        except GraderFault as fault:
            self.fault = fault
            raise
        except BaseException as exc:  # noqa: BLE001 -- any failure is a verdict, not a crash
            error = exc
        if self.fault is not None:  # raised, then swallowed by the test cell: still ours
            raise self.fault
        self.check_kept_values()
        return error

    def check_kept_values(self) -> None:
        """A kept table a test cell changed in place was sent stale: grade again without."""
        used, self.kept_used = self.kept_used, {}
        for value in used.values():
            if not same_table(value.value, value.pristine):
                raise SetupValueChanged(value.key)

    def grade(self, plan: list[SourceCell]) -> dict:
        results = {}
        missing = set(self.request["missing_solutions"])
        solution_at = self.request["solution_at"]
        # The source's cells no code of the student's can reach: never run (pruning.py). Cells
        # after the last solution cell never run at all.
        last = max(solution_at.values(), default=-1)
        self.left_out = set(
            cells_to_skip(
                self.code_cells[: last + 1],
                self.prunable,
                release_code(plan),
                bool(self.request.get("student_modules")),
                self.inert,
            )
        )
        if self.left_out:
            where = ", ".join(str(self.code_cells[i]["position"]) for i in sorted(self.left_out))
            self.step(f"the sandbox leaves out the source's cells {where}: no code of the "
                      "student's reaches what they compute (pruning.py)")  # fmt: skip
        for cell in plan:
            if cell.kind == "setup":
                continue
            if cell.kind == "solution":
                if not self.hoisted:
                    self.define_reference(cell)
                if cell.grade_id in missing:
                    for name in cell.names:
                        self.shell.user_ns.pop(name, None)
                    continue
                self.current = f"solution cell {cell.grade_id}"
                self.bind_solution(cell, solution_at[cell.grade_id])
                self.step(f"ran the student's cells through {cell.grade_id}")
                continue
            if cell.kind == "other":
                if self.hoisted:
                    continue
                self.run_other(cell)
                self.step(f"ran the source's cell {cell.index + 1}")
                continue
            exercise = cell.grade_id.removeprefix("test_")
            if exercise in missing:
                results[cell.grade_id] = (0.0, f"the solution cell {exercise} is missing")
                continue
            if self.remaining() <= 0:
                results[cell.grade_id] = (0.0, "not graded: the notebook's time limit was reached")
                continue
            error = self.run_trusted(cell)
            results[cell.grade_id] = (cell.points, "") if error is None else (
                0.0, failure_message(error, cell, self.returned)
            )  # fmt: skip
            outcome = "passed" if error is None else f"failed: {type(error).__name__}"
            self.step(f"{cell.grade_id}: {outcome}")
        self.finish()
        return {
            "results": results,
            "flags": self.flags + self.limit_flags(),
            "steps": self.steps,
        }

    def finish(self) -> None:
        self._retire()

    def limit_flags(self) -> list[str]:
        flags = []
        if self.memory_hit and not any("memory limit" in f for f in self.flags):
            flags.append("memory limit hit")
        if self.process_hit:
            flags.append(f"process limit hit ({self.limits.max_processes})")
        if self.background:
            flags.append(f"left {self.background} background process(es) running (killed)")
        if self.output_bytes > self.limits.output_limit_bytes:
            flags.append(
                f"output truncated at {self.limits.output_limit_bytes:,} bytes "
                f"({self.output_bytes:,} bytes printed)"
            )
        return flags
