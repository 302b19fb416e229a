"""Which of a submission's cells the sandbox may leave out.

Most of a submission's time in the sandbox goes on the notebook's own cells between the
exercises: loading a second data set, a worked example, a figure. The tests never see what
those cells compute in the student's process (they run on the grader's side, hoist.py), so the
sandbox needs only what the student's functions can reach. A cell is left out when all of
these hold:

1. it is one of the source's other cells, unchanged in the submission;
2. in the warm server's run of the source, it left the process as it found it: the same
   random generators, library options, working folder, environment and files
   (`process_state`), and the same value in every name it mentions or its functions use, and
   it sets no attribute of an object it did not make (hoist._Watch): all it does is bind names;
3. no cell that runs reads a name it binds: a later cell while it runs, or a function (of the
   student's or the source's) whenever it is called; a cell kept for this reason counts as one
   that runs, transitively. A change made in place through another name (an alias) is caught
   by condition 2, which compares the values of every name the cell mentions;
4. if it reads a name the student's code binds (their solutions, cells they added or changed)
   or one a cell that runs computed from such a name, it would run the student's code, whose
   side effects the student's functions might rely on (a global a function sets, a draw from
   the shared random generator). It is then left out only if the student's code keeps no state
   between calls (`keeps_no_state`; its functions read from outside only modules, functions
   and constants, `inert_names`) and nothing that runs after it reads a value it could hand to
   the student's code, which might change it in place;
5. nothing that runs reads the namespace indirectly (`globals()`, `eval`, `get_ipython()`,
   magics, `import __main__`, IPython's output history, a star import, ...) and the student's
   folder holds no Python module of its own (it could import `__main__`).

So nothing the student's code can reach depends on such a cell. Leaving it out is what the
student could have done by deleting it: it cannot raise anyone's marks. `SMCM_PRUNE=off` runs
every cell.
"""

from __future__ import annotations

import ast
import os
import re
import sys
import warnings

from .hoist import _bound_names, _tree

# Names through which code reaches the notebook's namespace (or IPython's history of it)
# without naming what it reads.
INDIRECT_NAMES = frozenset({
    "globals", "locals", "vars", "dir", "eval", "exec", "get_ipython", "__import__",
    "__builtins__", "__main__", "breakpoint", "In", "Out", "_ih", "_oh", "_dh", "_i", "_ii",
    "_iii",
})  # fmt: skip
# IPython's last outputs when read; a throwaway variable when assigned (`for _ in ...`).
OUTPUT_NAMES = frozenset({"_", "__", "___"})
INDIRECT_MODULES = frozenset(
    {"__main__", "builtins", "gc", "inspect", "sys", "importlib", "ctypes", "IPython", "code"}
)
_HISTORY_NAME = re.compile(r"^_(i)?\d+$")


def enabled() -> bool:
    return os.environ.get("SMCM_PRUNE", "").lower() not in ("off", "0", "no")


def normalised(code: str) -> str:
    return "\n".join(line.rstrip() for line in code.strip().splitlines())


def touched_names(code: str) -> set[str] | None:
    """Every name the cell mentions, in any scope; None when the cell reaches the namespace
    indirectly (see INDIRECT_NAMES) or does not parse."""
    tree = _tree(code)
    if not tree.body and code.strip():
        return None  # not Python (a syntax error): treat as reaching everything
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            if node.id in OUTPUT_NAMES and isinstance(node.ctx, ast.Load):
                return None
            names.add(node.id)
        elif isinstance(node, ast.Attribute) and node.attr == "__dict__":
            return None
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            module = node.module if isinstance(node, ast.ImportFrom) else None
            for alias in node.names:
                if alias.name == "*":
                    return None
                full = f"{module}.{alias.name}" if module else alias.name
                if full.split(".")[0] in INDIRECT_MODULES or (module or "") in INDIRECT_MODULES:
                    return None
                names.add((alias.asname or alias.name).split(".")[0])
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            names.update(node.names)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.MatchMapping) and node.rest:
            names.add(node.rest)
    if names & INDIRECT_NAMES or any(_HISTORY_NAME.match(n) for n in names):
        return None
    return names


def _stored_here(body: list[ast.AST]) -> set[str]:
    """Names a function body assigns in its own scope (nested functions' bodies excluded)."""
    names: set[str] = set()
    declared: set[str] = set()
    stack = list(body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            declared.update(node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            continue
        elif isinstance(node, ast.Lambda):
            continue
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        stack.extend(ast.iter_child_nodes(node))
    return names - declared


def _parameters(node) -> set[str]:
    arguments = node.args
    every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
             arguments.vararg, arguments.kwarg]  # fmt: skip
    return {a.arg for a in every if a is not None}


_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


_CALLED: set[str] = set()  # marks the scopes of a function body (its reads come later)


def _wrap(node: ast.AST) -> ast.AST:
    """A statement or expression as a tree of its own, to walk its children."""
    if isinstance(node, ast.stmt):
        return ast.Module(body=[node], type_ignores=[])
    return ast.Expression(body=node)


def namespace_reads(code: str) -> tuple[set[str], set[str]]:
    """Names a cell may read from the notebook's namespace: (while it runs, later).

    While it runs: what it loads before binding it for sure (a binding inside `if`, `for`,
    `while` or `try` may not happen). Later: what its functions read that is not their own
    (parameters, locals, comprehension variables), whenever they are called."""
    reads: set[str] = set()
    deferred: set[str] = set()

    def expression(node: ast.AST, scopes: list[set[str]]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                arguments = child.args
                outside = [*getattr(child, "decorator_list", []), *arguments.defaults,
                           *[d for d in arguments.kw_defaults if d is not None]]  # fmt: skip
                for part in outside:
                    expression(_wrap(part), scopes)
                body = child.body if isinstance(child.body, list) else [child.body]
                own = _parameters(child) | _stored_here(body)
                # A function reads the namespace when called: the cell's bindings may be gone.
                for part in body:
                    expression(_wrap(part), [_CALLED, *scopes[1:], own])
            elif isinstance(child, ast.ClassDef):
                expression(ast.Module(body=child.body, type_ignores=[]), scopes)
                for part in [*child.bases, *child.keywords, *child.decorator_list]:
                    expression(ast.Expression(body=part), scopes)
            elif isinstance(child, _COMPREHENSIONS):
                targets = {
                    n.id
                    for generator in child.generators
                    for n in ast.walk(generator.target)
                    if isinstance(n, ast.Name)
                }
                expression(child, [*scopes, targets])
            elif isinstance(child, ast.Name) and isinstance(child.ctx, ast.Load):
                if not any(child.id in scope for scope in scopes):
                    (deferred if len(scopes) > 1 and scopes[0] is _CALLED else reads).add(child.id)
            else:
                expression(child, scopes)

    def names_in(target: ast.AST) -> set[str]:
        return {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}

    def block(statements: list[ast.stmt], bound: set[str]) -> None:
        """Top-level statements in order; `bound` grows with what surely gets bound."""
        for statement in statements:
            if isinstance(statement, (ast.Assign, ast.AnnAssign)):
                if statement.value is not None:
                    expression(ast.Expression(body=statement.value), [bound])
                targets = getattr(statement, "targets", None) or [statement.target]
                for target in targets:
                    if not isinstance(target, ast.Name):  # obj[i] = ..., obj.x = ... read obj
                        expression(_wrap(target), [bound])
                    bound |= names_in(target)
            elif isinstance(statement, (ast.Import, ast.ImportFrom)):
                bound |= {(a.asname or a.name).split(".")[0] for a in statement.names}
            elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                expression(ast.Module(body=[statement], type_ignores=[]), [bound])
                bound.add(statement.name)
            elif isinstance(statement, (ast.For, ast.AsyncFor)):
                expression(ast.Expression(body=statement.iter), [bound])
                block(statement.body, bound | names_in(statement.target))
                block(statement.orelse, set(bound))
            elif isinstance(statement, (ast.If, ast.While)):
                expression(ast.Expression(body=statement.test), [bound])
                block(statement.body, set(bound))
                block(statement.orelse, set(bound))
            elif isinstance(statement, (ast.With, ast.AsyncWith)):
                for item in statement.items:
                    expression(ast.Expression(body=item.context_expr), [bound])
                    if item.optional_vars is not None:
                        bound |= names_in(item.optional_vars)
                block(statement.body, bound)
            elif isinstance(statement, ast.Try):
                block(statement.body, set(bound))
                for handler in statement.handlers:
                    if handler.type is not None:
                        expression(ast.Expression(body=handler.type), [bound])
                    block(handler.body, bound | ({handler.name} if handler.name else set()))
                block(statement.orelse, set(bound))
                block(statement.finalbody, set(bound))
            else:  # the rest (expressions, augmented assignments, del, match, ...) reads all
                expression(_wrap(statement), [bound])
                if isinstance(statement, ast.AugAssign):  # x += 1 reads x
                    reads.update(names_in(statement.target) - bound)

    block(_tree(code).body, set())
    return reads, deferred


def bound_names(code: str) -> set[str]:
    """Names a cell binds (or deletes) in the notebook's namespace."""
    tree = _tree(code)
    names = _bound_names(code)
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            names.update(node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Del):
            names.add(node.id)
    return names


def sets_attributes(code: str) -> bool:
    """Whether a cell assigns or deletes an attribute of an object it did not make itself
    (`module.x = ...`), or calls setattr or delattr: a change to a shared object that a
    fingerprint may miss. `table.index = ...` on a table the cell bound is its own business."""
    own = bound_names(code)
    for node in ast.walk(_tree(code)):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, (ast.Store, ast.Del)):
            base = node.value
            while isinstance(base, (ast.Attribute, ast.Subscript)):
                base = base.value
            if not (isinstance(base, ast.Name) and base.id in own):
                return True
        if isinstance(node, ast.Name) and node.id in ("setattr", "delattr"):
            return True
    return False


# Attributes whose use changes a process-wide setting (a seed, an option, the folder, ...).
STATE_ATTRIBUTES = frozenset({
    "seed", "set_state", "set_option", "reset_option", "seterr", "set_printoptions", "rc",
    "rcParams", "rcdefaults", "use", "chdir", "environ", "putenv", "unsetenv",
    "filterwarnings", "simplefilter", "resetwarnings", "set_config", "setrecursionlimit",
})  # fmt: skip
# numpy.random's names that make a generator of one's own, not draws from the global one.
OWN_GENERATORS = frozenset({
    "default_rng", "Generator", "SeedSequence", "BitGenerator", "PCG64", "PCG64DXSM",
    "Philox", "SFC64", "MT19937", "RandomState",
})  # fmt: skip
_BUILTINS = frozenset(dir(__import__("builtins")))


def _base_name(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _inert_default(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.UnaryOp):
        return _inert_default(node.operand)
    if isinstance(node, ast.Tuple):
        return all(_inert_default(e) for e in node.elts)
    return isinstance(node, (ast.Name, ast.Attribute))  # None, np.inf, a constant's name


def keeps_no_state(code: str, modules: set[str]) -> bool:
    """Whether a cell of the student's can leave nothing behind between calls of its functions:
    no `global`, no shared random generator, no process-wide setting, no decorator or class, no
    mutable default, no file opened, and no function that changes or calls a method of a name
    from outside it other than a module's (`cache[key] = ...`, `seen.add(x)`, `rng.random()`).
    When in doubt it says no."""
    tree = _tree(code)
    if not tree.body and code.strip():
        return False
    for node in ast.walk(tree):
        if isinstance(node, (ast.Global, ast.Nonlocal, ast.ClassDef)):
            return False
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            module = node.module if isinstance(node, ast.ImportFrom) else ""
            for alias in node.names:
                full = f"{module}.{alias.name}" if module else alias.name
                if "random" in (alias.asname or alias.name).split(".")[0]:
                    return False
                if full.startswith(("random", "numpy.random")) and alias.name not in (
                    OWN_GENERATORS
                ):
                    return False
        if isinstance(node, ast.Attribute):
            if node.attr in STATE_ATTRIBUTES:
                return False
            if (
                isinstance(node.value, ast.Attribute)
                and node.value.attr == "random"
                and node.attr not in OWN_GENERATORS
            ):
                return False  # np.random.rand(): the process's shared generator
        if isinstance(node, ast.Name) and node.id in ("open", "setattr", "delattr", "random"):
            return False
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            if getattr(node, "decorator_list", None):
                return False
            defaults = [*node.args.defaults, *[d for d in node.args.kw_defaults if d]]
            if not all(_inert_default(d) for d in defaults):
                return False
    return _functions_keep_to_themselves(tree, modules, set())


def _functions_keep_to_themselves(node: ast.AST, modules: set[str], outer: set[str]) -> bool:
    """No function changes, or calls a method of, a name from outside it (modules aside)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            body = child.body if isinstance(child.body, list) else [child.body]
            own = outer | _parameters(child) | _stored_here(body)
            for part in ast.walk(ast.Module(body=[_as_statement(b) for b in body],
                                            type_ignores=[])):  # fmt: skip
                targets = []
                if isinstance(part, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Delete)):
                    targets = getattr(part, "targets", None) or [part.target]
                    targets = [t for t in targets if isinstance(t, (ast.Attribute, ast.Subscript))]
                elif isinstance(part, ast.Call) and isinstance(part.func, ast.Attribute):
                    targets = [part.func]
                for target in targets:
                    base = _base_name(target)
                    if base is not None and base not in own and base not in modules:
                        return False
            if not all(_functions_keep_to_themselves(_as_statement(b), modules, own) for b in body):
                return False
        elif not _functions_keep_to_themselves(child, modules, outer):
            return False
    return True


def _as_statement(node: ast.AST) -> ast.stmt:
    return node if isinstance(node, ast.stmt) else ast.Expr(value=node)


def _module_names(code: str) -> set[str]:
    tree = _tree(code)
    return {
        (alias.asname or alias.name).split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }


def release_code(plan) -> frozenset[str]:
    """The source's own code cells, solutions and tests aside (set-up and other cells): a
    submission's cell with one of these texts was not written by the student."""
    return frozenset(normalised(c.source) for c in plan if c.kind in ("setup", "other"))


def cells_to_skip(
    code_cells: list[dict],
    prunable: frozenset[str],
    release: frozenset[str] = frozenset(),
    student_modules: bool = False,
    inert: frozenset[str] = frozenset(),
) -> list[int]:
    """Indices into `code_cells` (the submission's code cells the sandbox would run, in order:
    {"source", "grade_id"}) that the sandbox may leave out (see the module's docstring).

    A left-out cell binds no name that a cell which runs reads after it (while running, if that
    cell comes later; in one of its functions, whenever it is called). If it reads a name the
    student's code binds (or one a cell computed from such a name), it would run the student's
    code: it is left out only if the student's code keeps no state between calls
    (`keeps_no_state`, and its functions read from outside only modules, functions and
    constants: `inert`, from the warm server) and nothing that runs after it reads a value it
    could hand to the student's code (which might change it in place)."""
    if not prunable or student_modules or not enabled():
        return []
    candidates, now, later, student, reads_of = {}, {}, set(), set(), {}
    modules, student_cells, student_defs = set(), [], set()
    for index, cell in enumerate(code_cells):
        code = cell["source"]
        if touched_names(code) is None:
            return []  # something that runs may read any name
        modules |= _module_names(code)
        reads_of[index] = set().union(*namespace_reads(code))
        if cell.get("grade_id") is None and normalised(code) in prunable:
            candidates[index] = bound_names(code)
            continue
        now[index], deferred = namespace_reads(code)
        later |= deferred
        if cell.get("grade_id") is not None or normalised(code) not in release:
            student |= bound_names(code)  # the student's own code
            student_cells.append(code)
            student_defs |= {n.name for n in _tree(code).body
                             if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}  # fmt: skip
    calm = set(inert) | modules | _BUILTINS | student_defs
    stateless = all(keeps_no_state(code, modules | _BUILTINS) for code in student_cells) and all(
        namespace_reads(code)[1] <= calm for code in student_cells
    )
    growing = True
    while growing:  # both, transitively
        growing = False
        for index in now:  # names computed from the student's are the student's
            binds = bound_names(code_cells[index]["source"])
            if reads_of[index] & student and not binds <= student:
                student |= binds
                growing = True
        for index, binds in list(candidates.items()):  # what runs needs runs
            read_after = set().union(later, *(r for i, r in now.items() if i > index))
            runs_students_code = bool(reads_of[index] & student)
            handed = reads_of[index] - binds - calm  # values the student's code could change
            if (
                binds & read_after
                or (runs_students_code and not stateless)
                or (runs_students_code and handed & read_after)
            ):
                del candidates[index]
                now[index], deferred = namespace_reads(code_cells[index]["source"])
                later |= deferred
                growing = True
    return sorted(candidates)


def inert_names(namespace: dict) -> frozenset[str]:
    """Names whose values no call can change: modules, classes, built-ins, constants (numbers,
    strings, tuples of them) and the notebook's functions that read only such names."""
    import inspect

    verdict: dict[str, bool] = {}

    def inert(name: str, seen: frozenset[str]) -> bool:
        if name in verdict:
            return verdict[name]
        value = namespace[name]
        if isinstance(value, (int, float, complex, str, bytes, bool, type(None))):
            result = True
        elif isinstance(value, (tuple, frozenset)):
            result = all(isinstance(v, (int, float, complex, str, bytes, bool, type(None)))
                         for v in value)  # fmt: skip
        elif inspect.ismodule(value) or inspect.isclass(value) or inspect.isbuiltin(value):
            result = True
        elif inspect.isfunction(value):
            if value.__globals__ is not namespace:
                result = True  # a library's function: its state is the library's
            elif any(not isinstance(d, (int, float, str, bool, type(None)))
                     for d in (value.__defaults__ or ())):  # fmt: skip
                result = False
            else:
                used = referenced_globals(namespace, {name}) - {name}
                result = all(n in seen or inert(n, seen | {name}) for n in used)
        else:
            result = False
        verdict[name] = result
        return result

    return frozenset(n for n in list(namespace) if not n.startswith("_") and inert(n, frozenset()))


def referenced_globals(namespace: dict, names: set[str], limit: int = 1000) -> set[str]:
    """`names` and the namespace names the functions among them refer to, transitively: what a
    cell calling them may change."""
    found, queue = set(), list(names)
    while queue and len(found) < limit:
        name = queue.pop()
        if name in found:
            continue
        found.add(name)
        code = getattr(namespace.get(name), "__code__", None)
        stack = [code] if code is not None else []
        while stack:
            current = stack.pop()
            queue += [n for n in current.co_names if n in namespace and n not in found]
            stack += [c for c in current.co_consts if hasattr(c, "co_names")]
    return found


# --- what a cell may change besides the names it binds ---------------------------------------


def _files_under(folder: str, limit: int = 2000) -> tuple:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            try:
                status = os.stat(path)
            except OSError:
                continue
            found.append((path, status.st_size, status.st_mtime_ns))
            if len(found) >= limit:
                return tuple(found)
    return tuple(found)


def process_state() -> tuple:
    """What a cell could change in the process other than its namespace: random generators,
    numeric and library options, the working folder and its files, the environment, the import
    path, warning filters. Equal before and after a cell means the cell changed none of it."""
    state: list = [
        repr(__import__("random").getstate()),
        os.getcwd(),
        _files_under(os.getcwd()),
        tuple(sorted(os.environ.items())),
        tuple(sys.path),
        repr(warnings.filters),
        sys.getrecursionlimit(),
    ]
    modules = sys.modules
    if "numpy" in modules:
        numpy = modules["numpy"]
        kind, keys, position, has_gauss, gauss = numpy.random.get_state()
        state += [kind, keys.tobytes(), position, has_gauss, gauss, repr(numpy.geterr()),
                  repr(numpy.get_printoptions())]  # fmt: skip
    if "pandas" in modules:
        state.append(repr(modules["pandas"]._config.config._global_config))
    if "matplotlib" in modules:
        params = modules["matplotlib"].rcParams  # raw: reading "backend" may switch it
        state.append(repr(sorted((k, dict.__getitem__(params, k)) for k in dict.keys(params))))
    if "sklearn" in modules:
        state.append(repr(sorted(modules["sklearn"].get_config().items())))
    if "networkx" in modules and hasattr(modules["networkx"], "config"):
        state.append(repr(modules["networkx"].config))
    return tuple(state)
