"""The boundary between a test cell and the student's function, step by step, without bwrap.

A test cell must mean the same thing in the engine as in a notebook: generators are consumed
once, the test's own functions run with the test's state (call counters work), exceptions of
the course's libraries keep their class, and a failure of the grader's machinery is never a
mark. The session tests use the unsafe runner (same runner, no bubblewrap).
"""

from __future__ import annotations

import importlib
import pickle
import sys
import tempfile
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from autograder.grading import crossing, verdicts
from autograder.grading.crossing import Callbacks, StudentFunction, pickle_for_sandbox
from autograder.grading.session import GradingSession
from autograder.grading.verdicts import GraderFault, StudentCrashed, student_exception

GRADING = Path(crossing.__file__).parent


@pytest.fixture(scope="module")
def runner_module():
    """sandbox_runner as the sandbox imports it (beside safe_codec, not as a package)."""
    sys.path.insert(0, str(GRADING))
    try:
        yield importlib.import_module("sandbox_runner")
    finally:
        sys.path.remove(str(GRADING))


class FakeRunner:
    """What the runner's unpickler needs: the student's namespace and a way to call back."""

    def __init__(self, namespace):
        self.shell = type("Shell", (), {"user_ns": namespace})()
        self.calls = []

    def call_back(self, number, args, kwargs):
        self.calls.append((number, args, kwargs))
        return f"called back {number}"


def load_in_sandbox(runner_module, payload, namespace=None):
    runner = FakeRunner(namespace or {})
    return runner_module._GraderUnpickler(payload, runner).load(), runner


# --- crossing: what the pickle turns into on the other side --------------------------------


def test_student_functions_go_by_name_and_test_functions_as_call_backs(runner_module):
    def student_rank(x):
        return x

    callbacks = Callbacks()
    calls = []
    counter = calls.append  # a bound method of the test's list: its state must stay here
    exec_ns = {"__name__": "__main__"}
    exec("def additive(seeds):\n    return sum(seeds)\nsquare = lambda x: x * x", exec_ns)
    rank = StudentFunction(None, "rank")
    payload = pickle_for_sandbox(
        ((rank, exec_ns["additive"], [exec_ns["square"]]), {"count": counter}), callbacks
    )
    (args, kwargs), runner = load_in_sandbox(runner_module, payload, {"rank": student_rank})
    assert args[0] is student_rank
    assert args[1](1, 2) == "called back 1" and args[2][0](3) == "called back 2"
    assert kwargs["count"]("x") == "called back 3"
    assert [c[0] for c in runner.calls] == [1, 2, 3]
    assert callbacks.get(1) is exec_ns["additive"] and callbacks.get(3) == counter
    assert callbacks.get(2)(4) == 16


def test_importable_functions_and_classes_cross_by_reference(runner_module):
    payload = pickle_for_sandbox(((len, nx.pagerank, pd.DataFrame), {}), Callbacks())
    (args, _), runner = load_in_sandbox(runner_module, payload)
    assert args == (len, nx.pagerank, pd.DataFrame) and runner.calls == []


def test_generators_arrive_as_one_pass_iterators_and_views_as_views(runner_module):
    data = {"a": 1, "b": 2}
    payload = pickle_for_sandbox(
        (((x for x in [3, 1, 2]), data.keys(), data.values(), data.items()), {}), Callbacks()
    )
    (args, _), _ = load_in_sandbox(runner_module, payload)
    gen, keys, values, items = args
    assert list(gen) == [3, 1, 2] and list(gen) == [], "a generator is consumed once"
    assert type(keys) is type(data.keys()) and list(keys) == ["a", "b"]
    assert list(values) == [1, 2] and dict(items) == data


def test_an_argument_the_grader_cannot_send_is_its_own_fault():
    import threading

    with pytest.raises(crossing.ArgumentsNotSendable):
        pickle_for_sandbox(((threading.Lock(),), {}), Callbacks())


def test_call_back_arguments_are_decoded_never_unpickled():
    from autograder.grading import safe_codec

    header, buffers = safe_codec.encode([[1, "x", [2.5]], {"k": None}])
    args, kwargs = crossing.callback_arguments({"args": header["value"]}, buffers)
    assert args == [1, "x", [2.5]] and kwargs == {"k": None}
    with pytest.raises(safe_codec.UnreadableResult):
        crossing.callback_arguments({"args": {"t": "pickle", "v": "gASV"}}, [])


# --- verdicts: what the student's exception becomes ------------------------------------------


def test_course_library_exceptions_keep_their_class():
    raised = [
        ["__main__", "MyError"],
        ["networkx.exception", "PowerIterationFailedConvergence"],
        ["networkx.exception", "ExceededMaxIterations"],
        ["builtins", "Exception"],
    ]
    exc = student_exception(raised)
    assert type(exc) is nx.PowerIterationFailedConvergence
    assert exc.smcm_student_raised == "PowerIterationFailedConvergence"
    assert type(student_exception([["pandas.errors", "EmptyDataError"]])) is (
        pd.errors.EmptyDataError
    )


def test_exceptions_the_grader_does_not_know_fall_back_to_builtins():
    assert type(student_exception([["__main__", "Evil"], ["builtins", "ValueError"]])) is (
        ValueError
    )
    # A module name chosen by the student never imports anything on the grader's side.
    assert "networkx.evil" not in sys.modules
    assert type(student_exception([["networkx.evil", "X"], ["builtins", "KeyError"]])) is KeyError
    # Not an exception class, or not an Exception: never re-raised as such.
    assert type(student_exception([["networkx", "Graph"], ["builtins", "TypeError"]])) is TypeError
    crashed = student_exception([["builtins", "SystemExit"], ["builtins", "BaseException"]])
    assert isinstance(crashed, StudentCrashed) and crashed.smcm_student_raised == "SystemExit"
    odd = student_exception([["student", "a message of my choice"]])
    assert "my choice" not in odd.smcm_student_raised


def test_a_grader_fault_is_not_an_exception_a_test_can_swallow():
    assert not issubclass(GraderFault, Exception)
    assert not issubclass(verdicts.StudentProblem, Exception)


# --- a session with the unsafe runner: the whole round trip ----------------------------------

STUDENT_CODE = """
import networkx as nx

def apply_all(f, items):
    return [f(x) for x in items]

def consume_twice(items):
    return [list(items), list(items)]

def converge(G):
    return nx.pagerank(G, tol=1e-15, max_iter=2)

def swallow(f):
    try:
        f()
    except AssertionError:
        return "swallowed"

def double(x):
    return 2 * x
"""


@pytest.fixture
def session():
    folder = Path(tempfile.mkdtemp(prefix="smcm-crossing-"))
    request = {
        "assignment": "w00_test",
        "submission_copy": str(folder),
        "unsafe": True,
        "settings": {
            "cell_timeout": 30,
            "notebook_timeout": 120,
            "memory_limit_mb": 2048,
            "max_processes": 64,
            "output_limit_bytes": 100_000,
        },  # fmt: skip
        "code_cells": [{"position": 1, "source": STUDENT_CODE, "grade_id": "x"}],
        "packages": ["numpy", "networkx"],
        "missing_solutions": [],
        "solution_at": {},
    }
    graded = GradingSession(None, request)
    graded.run_student_cells_through(0)
    yield graded
    graded.finish()


def as_test_cell(code: str, **names) -> dict:
    """Run code as a notebook's test cell runs (in __main__); its namespace."""
    namespace = {"__name__": "__main__", **names}
    exec(code, namespace)
    return namespace


def test_a_test_function_runs_here_with_its_state(session):
    cell = as_test_cell("calls = []\ndef counted(x):\n    calls.append(x)\n    return x + 1")
    assert session.call("apply_all", (cell["counted"], [1, 2, 3]), {}) == [2, 3, 4]
    assert cell["calls"] == [1, 2, 3], "the test's counter sees every call the student made"
    seen = []
    assert session.call("apply_all", (seen.append, "ab"), {}) == [None, None]
    assert seen == ["a", "b"], "a bound method of the test's list runs on the test's list"


def test_a_call_back_may_call_the_student_again(session):
    double = StudentFunction(session.call, "double")
    cell = as_test_cell("plus_one = lambda x: double(x) + 1", double=double)
    assert session.call("apply_all", (cell["plus_one"], [1, 5]), {}) == [3, 11]


def test_generators_keep_their_one_pass_meaning(session):
    assert session.call("consume_twice", ((x for x in "ab"),), {}) == [["a", "b"], []]


def test_a_library_exception_is_caught_by_its_own_class(session):
    G = nx.gnp_random_graph(20, 0.2, seed=1, directed=True)
    with pytest.raises(nx.PowerIterationFailedConvergence):
        session.call("converge", (G,), {})


def test_a_test_functions_error_reaches_the_test_as_itself(session):
    cell = as_test_cell('def fails(*args):\n    raise AssertionError("the test\'s own message")')
    with pytest.raises(AssertionError, match="the test's own message"):
        session.call("apply_all", (cell["fails"], [1]), {})
    assert session.call("swallow", (cell["fails"],), {}) == "swallowed"


def test_an_argument_the_grader_cannot_send_fails_the_submission(session):
    import threading

    with pytest.raises(GraderFault):
        session.call("apply_all", (len, [threading.Lock()]), {})
    assert session.fault is not None, "recorded even if a test cell swallowed it"


def test_a_sandbox_without_the_course_packages_is_a_grader_fault(session):
    session.request["packages"] = ["a_package_that_is_not_installed"]
    session.finish()
    with pytest.raises(GraderFault, match="cannot import the course's packages"):
        session.ensure_sandbox()


def test_pickled_values_are_plain_pickles_when_nothing_is_substituted():
    value = ((list(range(5)), {"k": 2.5}), {"tz": "UTC"})
    assert pickle.loads(pickle_for_sandbox(value, Callbacks())) == value


# --- fault injection: the grader's own failures are never marks ------------------------------


def test_a_sandbox_that_cannot_start_is_a_grader_fault(session, monkeypatch):
    from autograder.grading import sandbox as sandbox_module

    session.finish()
    monkeypatch.setattr(sandbox_module, "unsafe_command", lambda: [sys.executable, "-c", "0"])
    with pytest.raises(GraderFault, match="did not start"):
        session.ensure_sandbox()


def test_a_codec_failure_on_the_grader_side_is_a_grader_fault(session, monkeypatch):
    from autograder.grading import safe_codec

    def broken(*args):
        raise RuntimeError("decoder bug")

    monkeypatch.setattr(safe_codec, "decode", broken)
    with pytest.raises(GraderFault, match="could not decode"):
        session.call("double", (2,), {})


def test_a_socket_failure_on_the_grader_side_is_a_grader_fault(session, monkeypatch):
    from autograder.grading.sandbox import Sandbox

    def broken(self, *args):
        raise ConnectionError("the grader's socket broke")

    monkeypatch.setattr(Sandbox, "_receive", broken)
    with pytest.raises(GraderFault, match="socket broke"):
        session.call("double", (2,), {})


def test_a_grader_fault_in_a_test_cell_fails_the_submission_even_if_swallowed(session):
    from autograder.grading.plan import SourceCell

    cell = SourceCell("test", 7, "try:\n    double(lock)\nexcept BaseException:\n    pass\n")
    import threading

    session.shell = type("Shell", (), {"user_ns": {"double": StudentFunction(session.call,
                         "double"), "lock": threading.Lock()},
                         "transform_cell": staticmethod(lambda code: code)})()  # fmt: skip
    with pytest.raises(GraderFault):
        session.run_trusted(cell)


# --- replies: every answer is exactly one kind, with checked fields ---------------------------


def test_a_reply_is_exactly_one_kind_of_answer():
    from autograder.grading import replies, safe_codec

    assert replies.read_reply({"value": 3, "id": 1}) == replies.Returned(3)
    raised = replies.read_reply({"raised": [["builtins", "MemoryError"]]})
    assert isinstance(raised, replies.Raised) and raised.memory_error
    assert isinstance(replies.read_reply({"timeout": True}), replies.TimedOut)
    assert isinstance(replies.read_reply({"missing": "whatever it says"}), replies.Missing)
    for forged in ({"value": 1, "raised": [["builtins", "ValueError"]]},  # two kinds at once
                   {"raised": "ValueError"}, {"raised": [["builtins"]]},
                   {"raised": [["builtins", 3]]}, {"id": 1}):  # fmt: skip
        with pytest.raises(safe_codec.UnreadableResult):
            replies.read_reply(forged)
