"""Run the source's other cells once per warm server instead of once per submission.

The other cells (worked examples, figures, data preparation between exercises) compute from the
data, never from a student (session.run_other binds the source's own solutions while they run).
So the warm server can run them all once, after the set-up cells, and every submission's test
cells see the result. That is exact only if the order does not matter, which this module checks
once per server, in a fork that runs the whole source notebook in its own order (other cells,
the reference's solutions, the test cells):

1. every other cell runs without an error and reads nothing a test cell defines;
2. no other cell changes a name an earlier test cell read (rebinds it, changes it in place, or
   defines it for the first time): the test must see the same value when the other cells ran
   first;
3. no test cell changes a name it reads that a later other cell uses (a test that draws from
   the notebook's random generator, or sorts a table in place).

Values are compared by fingerprint (a hash of their data). If any check fails, or the server's
own run ends with different fingerprints than the check's (an other cell that is not
deterministic), the server grades the slow way: other cells per submission, in order.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import io
import json
import os
import pickle
import sys
from dataclasses import dataclass, field

from .plan import SourceCell

ABSENT = "absent"


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def fingerprint(value) -> str:
    """A hash of a value's data: equal fingerprints mean equal values (for the types a
    notebook's data lives in); an object without a data hash is known by its identity."""
    numpy = sys.modules.get("numpy")
    pandas = sys.modules.get("pandas")
    try:
        if numpy is not None and isinstance(value, numpy.ndarray) and value.dtype != object:
            head = f"{value.dtype}{value.shape}".encode()
            return _digest(head + numpy.ascontiguousarray(value).tobytes())
        if numpy is not None and isinstance(value, numpy.random.Generator):
            return _digest(repr(value.bit_generator.state).encode())
        if pandas is not None and isinstance(value, (pandas.DataFrame, pandas.Series)):
            hashed = pandas.util.hash_pandas_object(value, index=True).to_numpy()
            if isinstance(value, pandas.DataFrame):
                shape = repr(list(value.columns)) + repr(list(value.dtypes))
            else:
                shape = repr(value.name) + repr(value.dtype)
            return _digest(shape.encode() + hashed.tobytes())
        networkx = sys.modules.get("networkx")
        if networkx is not None and isinstance(value, networkx.Graph):
            # Its data only: networkx keeps a cache inside the graph that reads may fill.
            edges = value.edges(keys=True, data=True) if value.is_multigraph() else (
                value.edges(data=True))  # fmt: skip
            data = (type(value).__qualname__, value.graph, list(value.nodes(data=True)),
                    list(edges))  # fmt: skip
            return _digest(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        return _digest(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except Exception:  # noqa: BLE001 -- unhashable, unpicklable: its identity stands for it
        return f"id:{type(value).__qualname__}:{id(value)}"


def _stored(node: ast.AST) -> set[str]:
    """Names a statement or target binds in the namespace it runs in."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}  # what its body assigns is its own
    names = set()
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        names |= {(a.asname or a.name).split(".")[0] for a in node.names}
    for child in ast.walk(node):
        if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store):
            names.add(child.id)
    return names


def _loads(node: ast.AST, bound: set[str]) -> set[str]:
    """Names an expression (or a nested function, lambda or comprehension) reads from outside
    itself: its own parameters and loop variables are not reads."""
    own: set[str] = set()
    for child in ast.walk(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            arguments = child.args
            own |= {a.arg for a in [*arguments.posonlyargs, *arguments.args,
                                    *arguments.kwonlyargs, arguments.vararg, arguments.kwarg]
                    if a is not None}  # fmt: skip
        elif isinstance(child, ast.comprehension):
            own |= _stored(child.target)
        elif isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store):
            own.add(child.id)  # assigned inside a nested function: its local
        elif isinstance(child, ast.ExceptHandler) and child.name:
            own.add(child.name)
    return {
        n.id
        for n in ast.walk(node)
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id not in bound | own
    }


def _scan(statements: list[ast.stmt], bound: set[str], deferred: set[str]) -> set[str]:
    """Reads of a block, statement by statement; `bound` grows with what the block binds.
    What a function or class body reads goes to `deferred`: it runs later, so a name the cell
    defines after the function is the cell's own."""
    read: set[str] = set()
    for statement in statements:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            deferred |= _loads(statement, bound)
            bound.add(statement.name)
        elif isinstance(statement, (ast.For, ast.AsyncFor)):
            read |= _loads(statement.iter, bound)
            bound |= _stored(statement.target)
            read |= _scan(statement.body, bound, deferred) | _scan(
                statement.orelse, bound, deferred
            )
        elif isinstance(statement, (ast.With, ast.AsyncWith)):
            for item in statement.items:
                read |= _loads(item.context_expr, bound)
                if item.optional_vars is not None:
                    bound |= _stored(item.optional_vars)
            read |= _scan(statement.body, bound, deferred)
        elif isinstance(statement, (ast.If, ast.While)):
            read |= _loads(statement.test, bound)
            read |= _scan(statement.body, bound, deferred) | _scan(
                statement.orelse, bound, deferred
            )
        elif isinstance(statement, ast.Try):
            read |= _scan(statement.body, bound, deferred)
            for handler in statement.handlers:
                if handler.type is not None:
                    read |= _loads(handler.type, bound)
                if handler.name:
                    bound.add(handler.name)
                read |= _scan(handler.body, bound, deferred)
            read |= _scan(statement.orelse, bound, deferred) | _scan(
                statement.finalbody, bound, deferred
            )
        elif isinstance(statement, ast.Assign):
            read |= _loads(statement.value, bound)
            for target in statement.targets:  # obj[i] = ... and obj.x = ... read obj
                if not isinstance(target, ast.Name):
                    read |= _loads(target, bound)
            bound |= set().union(*(_stored(t) for t in statement.targets))
        else:  # the rest reads everything it loads, then binds what it stores
            read |= _loads(statement, bound)
            bound |= _stored(statement)
    return read


def read_names(code: str) -> set[str]:
    """Names a cell reads from the notebook's namespace: loaded before the cell binds them
    itself. A name a nested function reads counts as read. When in doubt, a name is read:
    a read too many only keeps the other cells per submission."""
    tree = _tree(code)
    bound: set[str] = set()
    deferred: set[str] = set()
    read = _scan(tree.body, bound, deferred)
    return read | (deferred - bound)


def _tree(code: str) -> ast.Module:
    """The cell as Python (IPython's magics transformed); empty if it does not parse."""
    from IPython.core.inputtransformer2 import TransformerManager

    try:
        return ast.parse(TransformerManager().transform_cell(code))
    except SyntaxError:
        return ast.Module(body=[], type_ignores=[])


def _bound_names(code: str) -> set[str]:
    tree = _tree(code)
    return set().union(*(_stored(statement) for statement in tree.body)) if tree.body else set()


def mentioned_names(code: str) -> set[str]:
    tree = _tree(code)
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}


@dataclass
class HoistCheck:
    ok: bool
    reason: str = ""
    final: dict[str, str] = field(default_factory=dict)  # name -> fingerprint at the end


def _run(shell, cell: SourceCell) -> BaseException | None:
    code = shell.transform_cell(cell.source)
    try:
        exec(compile(code, f"<{cell.kind} {cell.index}>", "exec"), shell.user_ns)  # noqa: S102
    except BaseException as exc:  # noqa: BLE001 -- reported as a reason not to hoist
        return exc
    return None


def _prints(namespace: dict, names) -> dict[str, str]:
    return {n: fingerprint(namespace[n]) if n in namespace else ABSENT for n in sorted(names)}


def solution_names(plan: list[SourceCell]) -> set[str]:
    return {name for cell in plan if cell.kind == "solution" for name in cell.names}


def _check_in_this_process(shell, plan: list[SourceCell]) -> HoistCheck:
    """Run the plan in its own order here, watching the names test cells read (see the module's
    docstring); `final` holds what the other cells leave in each watched name."""
    namespace = shell.user_ns
    students = solution_names(plan)
    reads = {c.grade_id: read_names(c.source) - students for c in plan if c.kind == "test"}
    watched_anywhere = set().union(*reads.values()) if reads else set()
    later_use: list[set[str]] = []  # per plan position: names other cells after it mention
    seen: set[str] = set()
    for cell in reversed(plan):
        later_use.append(set(seen))
        if cell.kind == "other":
            seen |= mentioned_names(cell.source)
    later_use.reverse()
    read_so_far: set[str] = set()  # names the test cells run so far have read
    defined_by_tests: set[str] = set()  # names the test cells run so far have bound
    final: dict[str, str] = {}
    for position, cell in enumerate(plan):
        if cell.kind == "setup":
            continue
        if cell.kind == "test":
            watched = reads[cell.grade_id] & later_use[position]
            before = _prints(namespace, watched)
            _run(shell, cell)  # the reference passes; what matters is what the test changes
            after = _prints(namespace, watched)
            changed = sorted(n for n in watched if before[n] != after[n])
            if changed:
                return HoistCheck(False, f"{cell.grade_id} changes {changed}, used by later cells")
            read_so_far |= reads[cell.grade_id]
            defined_by_tests |= _bound_names(cell.source)
            continue
        needs = read_names(cell.source) & defined_by_tests if cell.kind == "other" else set()
        if needs:
            return HoistCheck(False, f"cell {cell.index + 1} reads {sorted(needs)}, "
                                     "which a test cell defines")  # fmt: skip
        touched = mentioned_names(cell.source) & watched_anywhere if cell.kind == "other" else set()
        before = _prints(namespace, touched & read_so_far)
        error = _run(shell, cell)
        if error is not None:
            return HoistCheck(False, f"cell {cell.index + 1} raised {type(error).__name__}")
        after = _prints(namespace, touched)
        changed = sorted(n for n in before if before[n] != after[n])
        if changed:
            return HoistCheck(False, f"cell {cell.index + 1} changes {changed}, which an "
                                     "earlier test cell reads")  # fmt: skip
        final.update(after)
    return HoistCheck(True, final=final)


def check(shell, plan: list[SourceCell]) -> HoistCheck:
    """Run the whole source notebook in its own order, in a fork (the server's namespace is
    untouched), and say whether its other cells may run once, first."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover -- the child reports through the pipe and exits
        os.close(read_end)
        try:
            with (
                contextlib.redirect_stdout(io.StringIO()),
                contextlib.redirect_stderr(io.StringIO()),
            ):
                result = _check_in_this_process(shell, plan)
            message = json.dumps(result.__dict__)
        except BaseException as exc:  # noqa: BLE001
            message = json.dumps({"ok": False, "reason": f"the check failed: {exc!r}"[:300]})
        with os.fdopen(write_end, "w") as out:
            out.write(message)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as answer:
        text = answer.read()
    os.waitpid(pid, 0)
    try:
        data = json.loads(text)
        return HoistCheck(bool(data["ok"]), data.get("reason", ""), data.get("final", {}))
    except (ValueError, KeyError, TypeError):
        return HoistCheck(False, "the check ended without an answer")


class _Watch:
    """What an other cell could change besides the names it binds (pruning.py): the process's
    state, and the values of the names it mentions or that the functions it mentions use."""

    def __init__(self, namespace: dict, cell: SourceCell):
        from .pruning import (
            bound_names,
            process_state,
            referenced_globals,
            sets_attributes,
            touched_names,
        )

        self.namespace = namespace
        touched = touched_names(cell.source)
        self.possible = touched is not None and not sets_attributes(cell.source)
        if self.possible:  # what the cell rebinds is checked by name (pruning.cells_to_skip)
            mentioned = touched & set(namespace)
            self.names = referenced_globals(namespace, mentioned) - bound_names(cell.source)
            self.prints = _prints(namespace, self.names)
            self.state = process_state()
            self.possible = not any(
                value.startswith("id:") and not _immutable(namespace[name])
                for name, value in self.prints.items()
            )

    def quiet(self) -> bool:
        from .pruning import process_state

        if not self.possible or process_state() != self.state:
            return False
        return _prints(self.namespace, self.names) == self.prints


def _immutable(value) -> bool:
    """Modules, functions and classes: shared, and changed only by assigning an attribute,
    which pruning.sets_attributes looks for."""
    import inspect

    return any(
        check(value)
        for check in (inspect.ismodule, inspect.isroutine, inspect.isclass, inspect.ismethod)
    )


def run_other_cells(
    shell, plan: list[SourceCell], expected: dict[str, str]
) -> tuple[str, set[int]]:
    """In the server: run the solution and other cells once (the reference's solutions bound
    while they run, then taken away). ('', quiet) when the result is the one the check saw,
    else (why not, {}); `quiet` holds the indices of the other cells that changed nothing in
    the process but names (pruning.process_state)."""
    namespace = shell.user_ns
    quiet: set[int] = set()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        for cell in plan:
            if cell.kind in ("solution", "other"):
                watch = _Watch(namespace, cell) if cell.kind == "other" else None
                error = _run(shell, cell)
                if error is not None:
                    return f"cell {cell.index + 1} raised {type(error).__name__}", set()
                if watch is not None and watch.quiet():
                    quiet.add(cell.index)
    for name in solution_names(plan):
        namespace.pop(name, None)
    # Identities differ between processes: only data fingerprints can be compared here.
    comparable = {n: v for n, v in expected.items() if not v.startswith("id:")}
    now = _prints(namespace, comparable)
    moved = sorted(n for n in comparable if comparable[n] != now[n])
    return (f"other cells are not deterministic: {moved}", set()) if moved else ("", quiet)
