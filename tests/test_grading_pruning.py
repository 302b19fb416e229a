"""The sandbox leaves out the source's cells that no code of the student's can reach
(autograder/grading/pruning.py). The name analysis and the warm server's classification run
without bwrap; the last tests grade small notebooks through the engine."""

from __future__ import annotations

import pytest
from fixtures_grading.mini_notebook import write_notebook
from test_grading_engine import TEST_SETTINGS
from test_grading_hoist import SETUP, SOLUTION, plan_of, run_setup, shell  # noqa: F401

from autograder.grading import hoist
from autograder.grading.engine import grade_submission
from autograder.grading.pruning import (
    cells_to_skip,
    inert_names,
    namespace_reads,
    normalised,
    touched_names,
)


@pytest.mark.parametrize(
    ("code", "now", "later"),
    [
        ("fig, ax = plt.subplots()\nax.plot(x)\n", {"plt", "x"}, set()),
        ("for i in range(3):\n    print(i)\nprint(i)\n", {"range", "print", "i"}, set()),
        ("if c:\n    y = 1\nprint(y)\n", {"c", "print", "y"}, set()),
        ("x = 1\ndef f(a):\n    b = a + g + x\n    return [k for k in b]\n", set(), {"g", "x"}),
        ("x += 1\n", {"x"}, set()),
        ("with open(p) as fh:\n    t = fh.read()\nprint(t)\n", {"open", "p", "print"}, set()),
        ("try:\n    z = 1\nexcept E as e:\n    print(e)\nprint(z)\n", {"E", "print", "z"}, set()),
        ("d = {}\nd['a'] = v\n", {"v"}, set()),
        ("class A(B):\n    y = q\n", {"B", "q"}, set()),
        ("lam = lambda t: t + w\nq = [u for u in v]\n", {"v"}, {"w"}),
        ("def f(n=default):\n    global total\n    total = n\n", {"default"}, set()),
    ],
)
def test_reads_now_and_reads_later(code, now, later):
    assert namespace_reads(code) == (now, later)


@pytest.mark.parametrize(
    "code",
    [
        "x = globals()['R']",
        "eval('R')",
        "%time f(1)",
        "!ls",
        "import __main__",
        "from sys import modules",
        "from numpy import *",
        "print(_)",
        "Out[3]",
        "value = _12",
        "obj.__dict__",
        "get_ipython().user_ns",
        "def f(:",
    ],
)
def test_reaching_the_namespace_indirectly_is_seen(code):
    assert touched_names(code) is None


def test_a_throwaway_underscore_is_an_ordinary_name():
    assert touched_names("for _ in range(3):\n    pass") == {"_", "range"}


def cells(*sources, solutions=()):
    return [{"source": s, "grade_id": ("g" if i in solutions else None)}
            for i, s in enumerate(sources)]  # fmt: skip


IMPORTS = "import numpy as np"
LOAD = "big = np.arange(10)"
PLOT = "fig = plt.figure()\nfig.suptitle(str(big.sum()))"
PRUNABLE = frozenset(normalised(s) for s in (LOAD, PLOT))
RELEASE = frozenset(normalised(s) for s in (IMPORTS, LOAD, PLOT, "total = big.sum()"))


def skip(found, **options):
    return cells_to_skip(found, PRUNABLE, RELEASE, **options)


def test_cells_nothing_reads_are_left_out():
    found = cells(IMPORTS, LOAD, PLOT, "def f(x):\n    return np.sum(x)", solutions={3})
    assert skip(found) == [1, 2]


def test_a_name_the_students_function_reads_keeps_its_cell_wherever_the_function_is():
    early = cells(IMPORTS, "def f(x):\n    return x + big[0]", LOAD, solutions={1})
    assert skip(early) == []


def test_a_top_level_read_keeps_only_the_cells_before_it():
    later = cells(IMPORTS, "total = big.sum()", LOAD)  # runs before LOAD: reads another `big`
    assert skip(later) == [2]
    before = cells(IMPORTS, LOAD, "total = big.sum()")
    assert skip(before) == []


def test_cells_are_kept_transitively():
    found = cells(IMPORTS, LOAD, PLOT, "def f():\n    return fig", solutions={3})
    assert skip(found) == [], "f reads fig, which PLOT makes from big"


STATELESS = "def f(x):\n    return x"
CALLS = "fig = f(big)"  # a source cell that runs the student's function


def calling(student: str, *after: str, inert=frozenset()) -> list[int]:
    found = cells(IMPORTS, student, LOAD, CALLS, *after, solutions={1})
    release = RELEASE | {CALLS, *after}
    return cells_to_skip(found, PRUNABLE | {CALLS}, release, inert=inert)


def test_a_cell_may_call_the_students_function_when_it_keeps_no_state():
    assert calling(STATELESS) == [2, 3]


@pytest.mark.parametrize(
    "student",
    [
        "def f(x):\n    global calls\n    calls = x\n    return x",
        "def f(x):\n    return x + np.random.rand()",
        "import random\ndef f(x):\n    return x",
        "from numpy.random import rand\ndef f(x):\n    return x",
        "seen = []\ndef f(x):\n    seen.append(x)\n    return x",
        "cache = {}\ndef f(x):\n    cache[x] = x\n    return x",
        "def f(x, memo={}):\n    return x",
        "from functools import lru_cache\n@lru_cache\ndef f(x):\n    return x",
        "def f(x):\n    return rng.random() + x",
        "def f(x):\n    np.seterr(all='raise')\n    return x",
        "def f(x):\n    return open('f.txt').read()",
        "class Counter:\n    n = 0\ndef f(x):\n    return x",
        "def f(x):\n    return x + offset",  # a name the grader does not know to be constant
    ],
)
def test_a_cell_that_calls_a_function_keeping_state_runs(student):
    assert calling(student) == []


def test_a_function_may_read_constants_modules_and_its_own_helpers():
    reads = "def helper(y):\n    return np.sqrt(y)\ndef f(x):\n    return helper(x) + offset"
    assert calling(reads, inert=frozenset({"offset"})) == [2, 3]


def test_a_value_handed_to_the_students_code_and_read_later_keeps_the_cell():
    assert calling(STATELESS, "total = big.sum()") == [], "f could change big in place"


def test_values_computed_by_the_students_code_are_the_students():
    stateful = "seen = []\ndef f(x):\n    seen.append(x)\n    return x"
    for student, kept in ((stateful, [3, 4]), (STATELESS, [3, 4, 5])):
        found = cells(IMPORTS, student, "scores = f(3)", LOAD, PLOT, "shown = scores",
                      solutions={1})  # fmt: skip
        release = RELEASE | {"scores = f(3)", "shown = scores"}
        assert cells_to_skip(found, PRUNABLE | {"shown = scores"}, release) == kept


def test_a_cell_that_reads_what_the_student_bound_runs():
    own = cells(IMPORTS, "my_big = 3", LOAD, PLOT)  # a cell the student added
    assert skip(own) == [2, 3]
    assert skip(cells(IMPORTS, "big = np.arange(3)", PLOT)) == [2], "nothing reads fig"
    keeps = "seen = []\ndef g(x):\n    seen.append(x)\nbig = np.arange(3)"
    assert skip(cells(IMPORTS, keeps, PLOT)) == [], "PLOT reads the student's big"


def test_inert_names_are_those_no_call_can_change():
    import math

    namespace = {"math": math, "n": 3, "label": "x", "pair": (1, "a"), "items": [1]}
    exec(  # noqa: S102 -- functions whose globals are this namespace, as in a notebook
        "def pure(x):\n    return math.sqrt(x) + n\n"
        "def calls_pure(x):\n    return pure(x)\n"
        "def touches(x):\n    items.append(x)\n"
        "def defaults(x, seen=[]):\n    return x\n",
        namespace,
    )
    assert inert_names(namespace) == {"math", "n", "label", "pair", "pure", "calls_pure"}


def test_a_changed_cell_or_a_solution_cell_always_runs():
    assert skip(cells(IMPORTS, LOAD + "  \n\n", PLOT)) == [1, 2], (
        "white space at the ends of lines changes nothing"
    )
    assert skip(cells(IMPORTS, LOAD.replace("10", "11"))) == []
    assert skip(cells(IMPORTS, LOAD, solutions={1})) == []


def test_no_pruning_when_anything_could_read_any_name(monkeypatch):
    indirect = cells(IMPORTS, LOAD, "def f():\n    return globals()['big']", solutions={2})
    assert skip(indirect) == []
    plain = cells(IMPORTS, LOAD, "def f():\n    return 1", solutions={2})
    assert skip(plain, student_modules=True) == []
    monkeypatch.setenv("SMCM_PRUNE", "off")
    assert skip(plain) == []
    monkeypatch.delenv("SMCM_PRUNE")
    assert skip(plain) == [1]


@pytest.mark.parametrize(
    ("other", "quiet"),
    [
        ("doubled = [2 * x for x in data]", True),
        ("import pandas as pd\nframe = pd.DataFrame({'a': data})\nframe.index = [7, 8, 9]", True),
        ("np.random.seed(5)", False),  # the global generator
        ("import random\nrandom.random()", False),
        ("import pandas as pd\npd.set_option('display.max_rows', 7)", False),
        ("data.append(4)", False),  # changes a value an earlier cell made
        ("draw = rng.random()", False),
        ("np.banner = 'x'", False),  # an attribute of a shared module
        ("spoil()", False),  # a function that changes `data`
        ("open('written.txt', 'w').write('7')", False),
        ("import os\nos.environ['SMCM_SOMETHING'] = '1'", False),
        ("x = globals()", False),
    ],
)
def test_the_server_finds_the_cells_that_change_only_their_names(
    shell,  # noqa: F811
    tmp_path,
    monkeypatch,
    other,
    quiet,
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SMCM_SOMETHING", raising=False)
    setup = (SETUP[0], SETUP[1] + "\ndef spoil():\n    data.append(9)")
    plan = plan_of(setup, SOLUTION, ("other", other), ("test", "assert f([2, 1]) == [1, 2]"))
    run_setup(shell, plan)
    found = hoist.check(shell, plan)
    assert found.ok, found.reason
    problem, quiet_cells = hoist.run_other_cells(shell, plan, found.final)
    assert problem == ""
    assert (2 in quiet_cells) == quiet


# --- through the engine (bwrap) ---------------------------------------------------------------

ASSIGNMENT = "wprune"
PRUNE_SETUP = "import numpy as np\nimport os\nSCALE = 1\n"
CONSTANT = "offset = 10\n"  # only binds a name
SEEDING = "np.random.seed(5)\n"  # changes the global generator
WRITING = "with open('note.txt', 'w') as out:\n    out.write('seven')\n"
SHIFTED = "def shifted(x):\n    return x + 1\n"
DRAW_AND_NOTE = (
    "def draw():\n    return int(np.random.randint(1000))\n"
    "def note():\n    return open('note.txt').read()\n"
)
WARM = "warm = draw()\n"  # runs the student's function: it draws from the global generator
PREVIEW = "preview = shifted(41)\n"
TRIPLED = "def tripled(x):\n    return 3 * x\n"
# Right only from its second call on: nbgrader's run calls it first in PREVIEW, so the test's
# call is right there, and must be here (PREVIEW runs: this function keeps state).
COUNTS_CALLS = (
    "calls = []\n"
    "def shifted(x):\n"
    "    calls.append(x)\n"
    "    return x + 1 if len(calls) > 1 else x + 100\n"
)
TESTS = (
    "np.random.seed(5)\n"
    "np.random.randint(1000)  # WARM's draw\n"
    "second = int(np.random.randint(1000))\n"
    "assert draw() == second\n"
    "assert note() == 'seven'\n"
    "assert shifted(1) == 2\n"
    "assert tripled(2) == 6\n"
)
SOLUTIONS = {1: "shifted", 5: "draw_and_note", 8: "tripled"}


def _prune_notebook(path, shifted: str, others: str = DRAW_AND_NOTE + TRIPLED) -> None:
    """Set-up, solutions and other cells, the tests last (the sandbox runs cells only up to
    the last solution cell)."""
    draw_and_note, tripled = (others, others) if "NotImplemented" in others else (
        DRAW_AND_NOTE, TRIPLED)  # fmt: skip
    sources = [PRUNE_SETUP, shifted, CONSTANT, SEEDING, WRITING, draw_and_note, WARM, PREVIEW,
               tripled, TESTS]  # fmt: skip
    write_notebook(path, sources, SOLUTIONS, {len(sources) - 1: "test_functions"})


@pytest.mark.parametrize(
    ("solution", "left_out"),
    [
        (SHIFTED, True),
        (SHIFTED.replace("x + 1", "x + offset - 9"), False),  # reads the constant's name
        (SHIFTED.replace("x + 1", "x + globals()['offset'] - 9"), False),  # indirectly
        (COUNTS_CALLS, True),
    ],
    ids=[
        "reference",
        "reads a name a source cell binds",
        "reads it through globals()",
        "relies on PREVIEW's call",
    ],
)
def test_grading_with_cells_left_out_gives_the_marks_of_running_them(tmp_path, solution, left_out):
    source_dir, release_dir = tmp_path / "source", tmp_path / "release"
    _prune_notebook(source_dir / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", SHIFTED)
    blank = "raise NotImplementedError"
    _prune_notebook(release_dir / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", blank, blank)
    submitted = tmp_path / "submitted" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    _prune_notebook(submitted, solution)
    result = grade_submission(
        ASSIGNMENT, "someone", submitted, settings=TEST_SETTINGS,
        source_dir=source_dir, release_dir=release_dir,
    )  # fmt: skip
    assert result.status == "graded", result.flags
    assert result.total == 1.0, [(c.grade_id, c.score, c.message) for c in result.cells]
    steps = "\n".join(result.log)
    # Only the constant may be left out: the seed and the file change the process, WARM and
    # PREVIEW run the student's code, which keeps state (draw uses the global generator).
    assert ("leaves out the source's cells 3:" in steps) == left_out, steps
