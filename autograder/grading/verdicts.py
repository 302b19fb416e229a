"""What a grading cell's outcome means, in words a student may read.

Three kinds of trouble reach a test cell from the student's side: the student's function raised
(re-raised here as the same class when it is a built-in or a course library's exception, so a
test's `except nx.PowerIterationFailedConvergence` works), the student's process hung, crashed
or answered nonsense (`StudentProblem`), or the grader's own machinery failed (`GraderFault`),
which is never a mark: the whole submission is marked failed with the reason.
"""

from __future__ import annotations

import builtins
import itertools
import re
import sys
import traceback

from .plan import SourceCell

# Exceptions of these packages keep their class when the student's function raises them (only
# when the grader has imported the module already: a name from the sandbox never imports).
LIBRARY_ROOTS = frozenset({
    "numpy", "pandas", "scipy", "networkx", "sklearn", "matplotlib", "statsmodels", "textblob",
    "vaderSentiment", "smcm_data", "json", "math", "statistics", "collections", "datetime",
    "zoneinfo", "decimal", "fractions", "re", "itertools", "functools", "heapq",
})  # fmt: skip
BUILTIN_EXCEPTIONS = {
    name: cls for name, cls in vars(builtins).items()
    if isinstance(cls, type) and issubclass(cls, Exception)
    and name not in {"StopIteration", "StopAsyncIteration", "GeneratorExit"}
}  # fmt: skip
STUDENT_MESSAGE = "raised by the student's function"


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


class GraderFault(BaseException):  # noqa: N818 -- BaseException: no test cell may swallow it
    """The grader's own machinery failed (sandbox start, packages, codec, a test argument it
    cannot send): the submission is marked failed with this reason, never given a score."""


def _known_exception_class(entry) -> type | None:
    """The class [module, qualname] names, if it is a built-in or course library exception."""
    if type(entry) is not list or len(entry) != 2 or not all(type(x) is str for x in entry):
        return None
    module, qualname = entry
    if module == "builtins":
        return BUILTIN_EXCEPTIONS.get(qualname)
    if module.split(".")[0] not in LIBRARY_ROOTS or module not in sys.modules:
        return None
    found = sys.modules[module]
    for part in qualname.split("."):
        found = getattr(found, part, None)
    if isinstance(found, type) and issubclass(found, Exception):
        return found
    return None


def student_exception(raised) -> BaseException:
    """An instance of the first class in the student's exception's MRO that the grader knows
    (a custom ValueError subclass arrives as ValueError; nx.NetworkXError as itself), with no
    message of the student's, marked as the student's."""
    for entry in raised if isinstance(raised, list) else []:
        cls = _known_exception_class(entry)
        if cls is None:
            continue
        exc = cls.__new__(cls)  # its __init__ may want arguments the grader does not have
        exc.args = (STUDENT_MESSAGE,)
        exc.smcm_student_raised = cls.__name__
        return exc
    exc = StudentCrashed("the student's function raised an exception that is not an Exception")
    first = raised[0] if isinstance(raised, list) and raised else None
    builtin = first[1] if type(first) is list and first[:1] == ["builtins"] else None
    found = getattr(builtins, builtin, None) if type(builtin) is str else None
    known = isinstance(found, type) and issubclass(found, BaseException)
    # The grader's own name for the class, never the string the sandbox sent.
    exc.smcm_student_raised = found.__name__ if known else "an exception the grader does not know"
    return exc


# --- text the student chose never reaches a feedback page ------------------------------------

NEUTRAL = "(a value)"
MIN_REDACTED = 4  # shorter strings the student returned stay (they would mangle the sentence)
MAX_STRINGS = 20_000  # strings collected per submission
_QUOTED = re.compile(r"(?<!\w)(?:'(?:[^'\\\n]|\\.)*'" + r'|"(?:[^"\\\n]|\\.)*")(?!\w)')


def student_strings(value, into: set, budget: int = MAX_STRINGS) -> None:
    """Add to `into` the strings in a value the student's code returned (or passed to a test's
    function): plain strings, container items and keys, pandas labels and object or string
    columns, graph nodes and attributes. Bounded: at most `budget` strings in all."""
    todo = [value]
    while todo and len(into) < budget:
        item = todo.pop()
        if isinstance(item, str):
            if len(item) >= MIN_REDACTED:
                into.add(item)
        elif isinstance(item, dict):
            todo += itertools.islice(item.items(), budget)
        elif isinstance(item, (list, tuple, set, frozenset)):
            todo += itertools.islice(item, budget)
        else:
            todo += _labels_and_text(item, budget)


def _labels_and_text(item, budget: int) -> list:
    pd, np, nx = (sys.modules.get(m) for m in ("pandas", "numpy", "networkx"))
    found = []
    if pd is not None and isinstance(item, pd.DataFrame):
        head = item.iloc[:budget]
        found += [item.columns, head.index, *(head.iloc[:, i] for i in range(item.shape[1]))]
    elif pd is not None and isinstance(item, (pd.Series, pd.Index)):
        if item.dtype.kind in "OSU" or isinstance(
            item.dtype, (pd.StringDtype, pd.CategoricalDtype)
        ):
            found += list(item[:budget].astype(object))
        found += [item.name] if isinstance(item, pd.Index) else [item.index[:budget], item.name]
        if isinstance(item, pd.MultiIndex):
            found += [list(level) for level in item.levels]
    elif pd is not None and isinstance(item, pd.Categorical):
        found += list(item.categories[:budget])
    elif np is not None and isinstance(item, np.ndarray) and item.dtype.kind in "OSU":
        found += item.reshape(-1)[:budget].tolist()
    elif nx is not None and isinstance(item, nx.Graph):
        found += [
            item.graph,
            list(itertools.islice(item.nodes(data=True), budget)),
            list(itertools.islice(item.edges(data=True), budget)),
        ]
    return found


def course_text(message: str, cell: SourceCell, returned: set | frozenset = frozenset()) -> str:
    """A test's message with the student's own text taken out: every string the student's code
    returned (MIN_REDACTED characters or more) and every quoted value that the source cell does
    not itself contain become "(a value)". Numbers, counts and shapes stay."""
    for text in sorted(returned, key=len, reverse=True):
        if text in message:
            message = message.replace(text, NEUTRAL)

    def quoted(match: re.Match) -> str:
        return match.group(0) if match.group(0)[1:-1] in cell.source else NEUTRAL

    return _QUOTED.sub(quoted, message)


def failure_message(
    error: BaseException, cell: SourceCell, returned: set | frozenset = frozenset()
) -> str:
    """What the student may read: never hidden source, traceback, or hidden inputs, and no text
    of the student's choosing (`returned`: the strings their code handed back in this cell)."""
    hidden = _failed_in_hidden_part(error, cell)
    raised = getattr(error, "smcm_student_raised", None)
    if isinstance(error, StudentProblem) and raised is None:
        category = error.category
    elif raised is not None:
        category = f"your function raised {raised}"
        if raised == "NotImplementedError":
            category += " (not attempted yet?)"
    elif isinstance(error, NameError):
        # The name the grader looked up (session: the name it asked the sandbox for).
        name = getattr(error, "name", None)
        missing = (f"name {name!r} is not defined" if isinstance(name, str)
                   else course_text(_first_line(error), cell, returned))  # fmt: skip
        category = f"{missing} (is the function defined under its original name?)"
    elif isinstance(error, AssertionError):
        category = "wrong result"
    else:
        category = f"the test could not use your result ({type(error).__name__})"
    if hidden:
        return f"a hidden test failed: {category}"
    if isinstance(error, AssertionError) and raised is None:
        message = course_text(_first_line(error, 300), cell, returned)
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
