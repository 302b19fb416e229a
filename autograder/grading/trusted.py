"""The grader's side: runs the SOURCE notebook's own cells and test cells, never the student's.

A warm server per assignment (`python -m autograder.grading.trusted SOURCE.ipynb`) runs the
source notebook's set-up cells once (imports, data loading), then forks one child per
submission. The child walks the source notebook: at each solution cell it binds, instead of the
instructor's solution, proxies that call the student's functions inside the sandbox; it runs the
source's other cells and its test cells (hidden tests included) in its own process. Student
code can only answer calls: its answers come back through safe_codec as plain values, so
patching assertion helpers, numpy.testing, operators, IPython transformers or exception
handlers in the student's process changes nothing here.

Protocol with the engine: one JSON line per request on stdin; one JSON line per answer on
stdout. The child writes its result as JSON into the file the request names.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import io
import json
import os
import pickle
import select
import signal
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from ..notebook import BEGIN_HIDDEN, END_HIDDEN, AssignmentNotebook, regions
from . import safe_codec
from .sandbox import (
    ControlGroups,
    Limits,
    ProtocolError,
    Sandbox,
    SandboxDied,
    SandboxTimeout,
)

GRACE_SECONDS = 2.0  # the runner's own soft limit fires first; this kills it if that fails
START_SECONDS = 120.0  # starting the sandbox and IPython on a loaded machine
MAX_RESTARTS = 4
KEEP_MIN_BYTES = 256 * 1024  # set-up values at least this large go to the sandbox only once
SETUP_CHANGED_STATUS = 3  # the grading child's exit status: a test cell changed a kept value
ALLOWED_EXCEPTIONS = {
    name: cls for name, cls in vars(builtins).items()
    if isinstance(cls, type) and issubclass(cls, Exception)
    and name not in {"StopIteration", "StopAsyncIteration", "GeneratorExit"}
}  # fmt: skip


# ------------------------------------------------------------------------------------------
# What went wrong in the student's process, as exceptions the test cells see
# ------------------------------------------------------------------------------------------


class StudentProblem(BaseException):  # noqa: N818 -- not an error of the grader
    """BaseException, like a kernel's timeout: a test's `except Exception:` must not mistake a
    hung or crashed student process for a function that raised."""

    category = "your code failed"


class StudentTimeout(StudentProblem):
    category = "time limit exceeded"


class StudentCrashed(StudentProblem):
    category = "your code ended its Python process"


class StudentUnreadable(StudentProblem):
    category = "your function returned something the grader cannot read"


def student_exception(type_names: list) -> Exception:
    """A real built-in exception of the first built-in class the student's exception derives
    from (a custom ValueError subclass arrives as ValueError), marked as the student's."""
    for name in type_names if isinstance(type_names, list) else []:
        cls = ALLOWED_EXCEPTIONS.get(name) if isinstance(name, str) else None
        if cls is None:
            continue
        try:
            exc = cls("raised by the student's function")
        except TypeError:
            continue
        exc.smcm_student_raised = name
        return exc
    exc = StudentCrashed("the student's function raised a non-Exception")
    exc.smcm_student_raised = str(type_names[0])[:60] if type_names else "BaseException"
    return exc


# ------------------------------------------------------------------------------------------
# The source notebook, as the grader walks it
# ------------------------------------------------------------------------------------------


@dataclass
class SourceCell:
    kind: str  # "setup" (runs once, warm), "solution", "test", "other"
    index: int
    source: str
    grade_id: str = ""
    points: float = 0.0
    names: list[str] = field(default_factory=list)  # names a solution cell binds
    hidden: list[tuple[int, int]] = field(default_factory=list)  # hidden lines, with markers


def source_plan(notebook: AssignmentNotebook) -> list[SourceCell]:
    graded = {c.index: c for c in notebook.graded}
    cells, first_graded = [], None
    last_test = max((c.index for c in notebook.test_cells), default=-1)
    for index, cell in enumerate(notebook.nb.cells):
        if cell.cell_type != "code":
            continue
        info = graded.get(index)
        if info is not None and info.solution:
            first_graded = index if first_graded is None else first_graded
            cells.append(SourceCell("solution", index, cell.source, info.grade_id,
                                    names=bound_names(cell.source)))  # fmt: skip
        elif info is not None and info.is_test:
            first_graded = index if first_graded is None else first_graded
            hidden = [(a - 1, b + 1) for a, b in regions(cell.source, BEGIN_HIDDEN, END_HIDDEN)]
            cells.append(SourceCell("test", index, cell.source, info.grade_id, info.points,
                                    hidden=hidden))  # fmt: skip
        elif index > last_test:
            continue  # after the last test nothing can change a score: skip (figures etc.)
        else:
            cells.append(
                SourceCell("setup" if first_graded is None else "other", index, cell.source)
            )
    return cells


def bound_names(code: str) -> list[str]:
    """Top-level names a solution cell defines (functions, classes, assignments, imports)."""
    from IPython.core.inputtransformer2 import TransformerManager

    try:
        tree = ast.parse(TransformerManager().transform_cell(code))
    except SyntaxError:
        return []
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
    return list(dict.fromkeys(names))


# ------------------------------------------------------------------------------------------
# Large set-up values (the data tables tests pass to the student's functions again and again)
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeptValue:
    """A set-up table pickled once by the warm server. The sandbox keeps the bytes and
    unpickles a fresh copy for every call, so what a student's function does to its argument
    never reaches the next call, exactly as when the grader pickles it each time."""

    value: object
    payload: bytes
    key: str
    pristine: object  # unpickled from payload: what the sandbox's copies equal


class SetupValueChanged(Exception):  # noqa: N818 -- a signal: grade again without kept values
    pass


def _is_table(value) -> bool:
    """Types whose exact equality is cheap and ignores caches: a pickle of the same table can
    differ after a read (pandas caches inside it), so kept values are compared, not re-pickled."""
    numpy, pandas = sys.modules.get("numpy"), sys.modules.get("pandas")
    return (numpy is not None and type(value) is numpy.ndarray) or (
        pandas is not None and type(value) in (pandas.DataFrame, pandas.Series)
    )


def _same_index(a, b) -> bool:
    return type(a) is type(b) and a.dtype == b.dtype and a.names == b.names and a.equals(b)


def same_table(a, b) -> bool:
    """a and b hold the same data: values, dtypes, labels, names and attrs (exactly)."""
    if type(a) is not type(b):
        return False
    if not hasattr(a, "attrs"):  # a numpy array
        equal_nan = a.dtype.kind in "fc"
        return (
            a.dtype == b.dtype
            and a.shape == b.shape
            and bool(sys.modules["numpy"].array_equal(a, b, equal_nan=equal_nan))
        )
    if a.attrs != b.attrs or a.flags.allows_duplicate_labels != b.flags.allows_duplicate_labels:
        return False
    if not _same_index(a.index, b.index):
        return False
    if hasattr(a, "columns"):
        if not _same_index(a.columns, b.columns) or list(a.dtypes) != list(b.dtypes):
            return False
    elif a.dtype != b.dtype or a.name != b.name:
        return False
    return bool(a.equals(b))


def kept_setup_values(namespace: dict, names: list[str]) -> dict[int, KeptValue]:
    """id(value) -> KeptValue for the large tables the set-up cells bound to `names`."""
    kept = {}
    for name in names:
        value = namespace.get(name)
        if not _is_table(value):
            continue
        try:
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001, S112 -- not picklable: sent the usual way, if ever
            continue
        if len(payload) >= KEEP_MIN_BYTES:
            pristine = pickle.loads(payload)  # noqa: S301 -- our own bytes, made just above
            if same_table(value, pristine):
                kept[id(value)] = KeptValue(value, payload, f"{name}-{len(payload)}", pristine)
    return kept


def split_kept(
    args: tuple, kwargs: dict, kept: dict[int, KeptValue]
) -> tuple[tuple, dict, list[tuple[int | str, KeptValue]]]:
    """Arguments with every kept set-up value (passed directly) taken out: (args, kwargs,
    [(position or keyword, kept value)]). Values inside containers are pickled as usual."""
    slots: list[tuple[int | str, KeptValue]] = []

    def take(slot, value):
        found = kept.get(id(value))
        if found is not None and found.value is value:
            slots.append((slot, found))
            return None
        return value

    args = tuple(take(i, v) for i, v in enumerate(args))
    kwargs = {k: take(k, v) for k, v in kwargs.items()}
    return args, kwargs, slots


# ------------------------------------------------------------------------------------------
# One submission (runs in a forked child of the warm server)
# ------------------------------------------------------------------------------------------


class _SentByName(Exception):  # noqa: N818 -- a signal to the pickling code, not an error
    """Raised when plain pickle meets a StudentFunction: pickle again, sending it by name."""


def _student_functions_by_name(obj):
    return ("student", obj.smcm_name) if isinstance(obj, StudentFunction) else None


def pickle_arguments(args: tuple, kwargs: dict) -> bytes:
    """The arguments as the sandbox unpickles them: student functions by name (persistent
    ids), lambdas and functions the test cell defines by value (cloudpickle).

    A Python-level persistent_id runs for every object pickled (millions for a table of
    strings), so the plain C pickler goes first and the slow one only when it must.
    """
    try:
        return pickle.dumps((args, kwargs), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001, S110 -- _SentByName, or e.g. a lambda: pickle again below
        pass
    import cloudpickle

    buffer = io.BytesIO()
    pickler = cloudpickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.persistent_id = _student_functions_by_name
    pickler.dump((args, kwargs))
    return buffer.getvalue()


class StudentFunction:
    """Stands for a function the student defined; calling it calls theirs in the sandbox."""

    def __init__(self, session: GradingSession, name: str):
        self.smcm_session = session
        self.smcm_name = name
        self.__name__ = self.__qualname__ = name

    def __call__(self, *args, **kwargs):
        return self.smcm_session.call(self.smcm_name, args, kwargs)

    def __repr__(self):
        return f"<student function {self.smcm_name}>"

    def __reduce_ex__(self, protocol):
        raise _SentByName(self.smcm_name)


class GradingSession:
    def __init__(self, shell, request: dict, kept: dict[int, KeptValue] | None = None):
        self.shell = shell
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
        self.flags: list[str] = []
        self.executed: list[int] = []  # student cells that ran to the end (replayed on restart)
        self.next_cell = 0
        self.restarts = 0
        self.sandbox: Sandbox | None = None
        self.output_bytes = 0
        self.memory_hit = self.process_hit = False
        self.background = 0
        self.current = "set-up"

    # --- the sandbox's life ----------------------------------------------------------------
    def _new_sandbox(self) -> Sandbox:
        sandbox = Sandbox(self.request["assignment"], Path(self.request["submission_copy"]),
                          self.limits, bool(self.request["unsafe"]))  # fmt: skip
        sandbox.start()
        sandbox.request({"op": "ping"}, min(START_SECONDS, self.remaining()))
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
        try:
            self.sandbox = self._new_sandbox()
        except (SandboxDied, SandboxTimeout, ProtocolError, safe_codec.UnreadableResult) as exc:
            self._retire()
            raise StudentCrashed(f"the sandbox did not start ({exc})") from None
        replay, self.executed = self.executed, []
        for index in replay:
            self._run_student_cell(index, replaying=True)
        return self.sandbox

    # --- the student's cells ---------------------------------------------------------------
    def run_student_cells_through(self, last: int) -> None:
        while self.next_cell <= last:
            index = self.next_cell
            self.next_cell += 1
            try:
                self.ensure_sandbox()
            except StudentCrashed:
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
        request = {"op": "call", "name": name, "args": pickle_arguments(args, kwargs),
                   "kept": [(slot, value.key) for slot, value in slots]}  # fmt: skip
        for _, value in slots:
            self.kept_used[value.key] = value
        return self._ask(request, [value for _, value in slots])

    def get(self, name: str):
        return self._ask({"op": "get", "name": name})

    def _ask(self, request: dict, kept: list[KeptValue] = ()):
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
            header, buffers = sandbox.request(
                dict(request, timeout=timeout), timeout + GRACE_SECONDS
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
        if "raised" in header:
            if "MemoryError" in (header["raised"] if isinstance(header["raised"], list) else []):
                self.memory_hit = True
            raise student_exception(header["raised"])
        if header.get("timeout"):
            self.flags.append(f"timeout in {self.current}")
            raise StudentTimeout("the student's function ran out of time")
        if "missing" in header:
            raise NameError(f"name {str(header['missing'])[:60]!r} is not defined")
        if "unsupported" in header:
            raise StudentUnreadable(f"a {str(header['unsupported'])[:80]}")
        if "value" not in header:
            raise StudentUnreadable("an answer without a value")
        try:
            return safe_codec.decode(header["value"], buffers)
        except safe_codec.UnreadableResult as exc:
            raise StudentUnreadable(str(exc)) from None

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
        except (StudentCrashed, SandboxDied, SandboxTimeout, ProtocolError,
                safe_codec.UnreadableResult):  # fmt: skip
            self._retire()
            return
        kinds = header.get("names") if isinstance(header.get("names"), dict) else {}
        for name in cell.names:
            kind = kinds.get(name)
            if kind == "callable":
                namespace[name] = StudentFunction(self, name)
            elif kind == "value":
                with contextlib.suppress(StudentProblem, NameError):
                    namespace[name] = self.get(name)

    # --- the grader's cells ----------------------------------------------------------------
    def run_trusted(self, cell: SourceCell) -> BaseException | None:
        self.cell_deadline = min(time.monotonic() + self.cell_timeout, self.deadline)
        self.current = cell.grade_id or f"cell {cell.index + 1}"
        code = self.shell.transform_cell(cell.source)
        error = None
        try:
            exec(compile(code, f"<{cell.kind} {cell.index}>", "exec"), self.shell.user_ns)
        except BaseException as exc:  # noqa: BLE001 -- any failure is a verdict, not a crash
            error = exc
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
        for cell in plan:
            if cell.kind == "setup":
                continue
            if cell.kind == "solution":
                if cell.grade_id in missing:
                    for name in cell.names:
                        self.shell.user_ns.pop(name, None)
                    continue
                self.current = f"solution cell {cell.grade_id}"
                self.bind_solution(cell, solution_at[cell.grade_id])
                continue
            if cell.kind == "other":
                self.run_trusted(cell)
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
                0.0, failure_message(error, cell)
            )  # fmt: skip
        self.finish()
        return {"results": results, "flags": self.flags + self.limit_flags()}

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


def failure_message(error: BaseException, cell: SourceCell) -> str:
    """What the student may read: never hidden source, traceback, or hidden inputs."""
    hidden = _failed_in_hidden_part(error, cell)
    raised = getattr(error, "smcm_student_raised", None)
    if isinstance(error, StudentProblem) and raised is None:
        category = error.category
    elif raised is not None:
        category = f"your function raised {raised}"
        if raised == "NotImplementedError":
            category += " (not attempted yet?)"
    elif isinstance(error, NameError):
        category = f"{_first_line(error)} (is the function defined under its original name?)"
    elif isinstance(error, AssertionError):
        category = "wrong result"
    else:
        category = f"the test could not use your result ({type(error).__name__})"
    if hidden:
        return f"a hidden test failed: {category}"
    if isinstance(error, AssertionError) and raised is None:
        message = _first_line(error, 300)
        return message or f"a visible test failed: {_failing_line(error, cell)}"
    return category


def _first_line(error: BaseException, limit: int = 200) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:limit] if text else ""


def _cell_frames(error: BaseException, cell: SourceCell):
    name = f"<{cell.kind} {cell.index}>"
    return [f for f in traceback.extract_tb(error.__traceback__) if f.filename == name]


def _failed_in_hidden_part(error: BaseException, cell: SourceCell) -> bool:
    frames = _cell_frames(error, cell)
    if not frames:
        return False
    # Any frame in the hidden part (e.g. an oracle defined there, or the call site) counts.
    return any(a <= f.lineno <= b for f in frames for a, b in cell.hidden)


def _failing_line(error: BaseException, cell: SourceCell) -> str:
    frames = _cell_frames(error, cell)
    if not frames:
        return "(unknown line)"
    lines = cell.source.splitlines()
    number = frames[-1].lineno
    return lines[number - 1].strip()[:200] if 0 < number <= len(lines) else "(unknown line)"


# ------------------------------------------------------------------------------------------
# The warm server
# ------------------------------------------------------------------------------------------


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


def _grade_child(shell, plan, request: dict, kept: dict[int, KeptValue]) -> None:
    """In the forked child: grade, write the result file, exit without returning."""
    status = 1
    try:
        os.setsid()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        session = GradingSession(shell, request, kept)
        try:
            outcome = session.grade(plan)
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


def serve(source_path: Path) -> None:
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
    kept = kept_setup_values(shell.user_ns, [n for n in shell.user_ns if n not in before])
    reply = sys.stdout
    print(json.dumps({"ready": True, "setup_errors": setup_errors}), file=reply, flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        timeout = float(request["settings"]["notebook_timeout"]) + START_SECONDS
        for keep in (kept, {}):  # again without kept values if a test cell changed one
            pid = os.fork()
            if pid == 0:
                _grade_child(shell, plan, request, keep)
            status, timed_out = _wait(pid, timeout)
            ControlGroups.remove_leftovers(pid)
            if status != SETUP_CHANGED_STATUS:
                break
        print(json.dumps({"status": status, "timed_out": timed_out}), file=reply, flush=True)


def main() -> None:  # pragma: no cover -- started by engine.py as a subprocess
    # The server ends when the engine process that started it closes its stdin (or dies).
    serve(Path(sys.argv[1]))


if __name__ == "__main__":
    main()
