"""The sandbox leaves out the source's cells that no code of the student's can reach
(autograder/grading/pruning.py). The name analysis and the warm server's classification run
without bwrap; the last tests grade small notebooks through the engine."""

from __future__ import annotations

import nbformat
import pytest
from test_grading_engine import TEST_SETTINGS
from test_grading_hoist import SETUP, SOLUTION, plan_of, run_setup, shell  # noqa: F401

from autograder.grading import hoist
from autograder.grading.engine import grade_submission
from autograder.grading.pruning import cells_to_skip, namespace_reads, normalised, touched_names


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


def test_a_cell_that_uses_the_students_code_runs():
    calls = "def f(x):\n    return x"
    uses = cells(IMPORTS, calls, LOAD, "fig = f(big)", solutions={1})
    prunable = PRUNABLE | {"fig = f(big)"}
    release = RELEASE | {"fig = f(big)"}
    assert cells_to_skip(uses, prunable, release) == [], "its call may change the student's state"
    derived = cells(IMPORTS, calls, "scores = f(3)", LOAD, PLOT, "shown = scores", solutions={1})
    prunable = PRUNABLE | {"shown = scores"}
    release = RELEASE | {"scores = f(3)", "shown = scores"}
    assert cells_to_skip(derived, prunable, release) == [3, 4], (
        "scores came from the student's function: a cell that reads it runs"
    )
    own = cells(IMPORTS, "my_big = 3", LOAD, PLOT)  # a cell the student added
    assert skip(own) == [2, 3]
    assert skip(cells(IMPORTS, "big = np.arange(3)", PLOT)) == [], "PLOT reads the student's big"


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
TESTS = (
    "np.random.seed(5)\n"
    "first = int(np.random.randint(1000))\n"
    "assert draw() == first\n"
    "assert note() == 'seven'\n"
    "assert shifted(1) == 2\n"
)


def _prune_notebook(path, shifted: str, draw_and_note: str = DRAW_AND_NOTE) -> None:
    """Set-up, a solution, three other cells, a second solution, the tests (the sandbox runs
    cells only up to the last solution cell)."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(PRUNE_SETUP),
        nbformat.v4.new_code_cell(shifted),
        nbformat.v4.new_code_cell(CONSTANT),
        nbformat.v4.new_code_cell(SEEDING),
        nbformat.v4.new_code_cell(WRITING),
        nbformat.v4.new_code_cell(draw_and_note),
        nbformat.v4.new_code_cell(TESTS),
    ]
    for index, grade_id in ((1, "shifted"), (5, "draw_and_note")):
        nb.cells[index].metadata["nbgrader"] = {
            "grade_id": grade_id, "solution": True, "grade": False, "locked": False,
            "schema_version": 3,
        }  # fmt: skip
    nb.cells[6].metadata["nbgrader"] = {
        "grade_id": "test_functions", "solution": False, "grade": True, "points": 1,
        "locked": True, "schema_version": 3,
    }  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)


@pytest.mark.parametrize(
    ("solution", "left_out"),
    [
        (SHIFTED, True),
        (SHIFTED.replace("x + 1", "x + offset - 9"), False),  # reads the constant's name
        (SHIFTED.replace("x + 1", "x + globals()['offset'] - 9"), False),  # indirectly
    ],
    ids=["reference", "reads a name a source cell binds", "reads it through globals()"],
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
    # Only the constant may be left out: the seed and the file change the process.
    assert ("leaves out the source's cells 3:" in steps) == left_out, steps
