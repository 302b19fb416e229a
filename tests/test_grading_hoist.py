"""The warm server runs the source's other cells once only when their order cannot matter
(autograder/grading/hoist.py). These run without bwrap: a shell and a hand-made plan."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from autograder.grading import hoist
from autograder.grading.plan import SourceCell


@pytest.fixture
def shell():
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    saved = dict(shell.user_ns)
    shell.user_ns.clear()
    shell.user_ns.update(saved)
    yield shell
    shell.user_ns.clear()
    shell.user_ns.update(saved)


def plan_of(*cells: tuple[str, str]) -> list[SourceCell]:
    """(kind, source) pairs; solution cells bind `f`, test cells are test_1, test_2, ..."""
    plan, tests = [], 0
    for index, (kind, source) in enumerate(cells):
        if kind == "test":
            tests += 1
            plan.append(SourceCell(kind, index, source, f"test_{tests}", 1.0))
        elif kind == "solution":
            plan.append(SourceCell(kind, index, source, "f", names=["f"]))
        else:
            plan.append(SourceCell(kind, index, source))
    return plan


SETUP = ("setup", "import numpy as np\nrng = np.random.default_rng(1)\ndata = [3, 1, 2]")
SOLUTION = ("solution", "def f(x):\n    return sorted(x)")


def run_setup(shell, plan):
    for cell in plan:
        if cell.kind == "setup":
            shell.run_cell(cell.source)


def test_reads_are_what_a_cell_takes_from_the_namespace():
    code = (
        "for _t in range(3):\n    x = [i * k for i in data]\n"
        "y = y + 1\n"
        "def helper(a):\n    local = a + g\n    return local + later\n"
        "later = 2\n"
        "table[key] = 3\n"
        "with open(path) as fh:\n    fh.read()\n"
        "try:\n    pass\nexcept ValueError as e:\n    print(e)\n"
    )
    reads = hoist.read_names(code)
    assert {"data", "k", "y", "g", "table", "key", "path", "range", "open", "print"} <= reads
    # loop variables, comprehension variables, parameters, locals, names the cell defines
    assert not {"_t", "i", "a", "local", "later", "fh", "e", "x", "helper"} & reads


def test_fingerprints_see_data_not_caches():
    graph = nx.path_graph(5)
    before = hoist.fingerprint(graph)
    nx.shortest_path_length(graph, 0)  # may fill networkx's cache inside the graph
    graph.__networkx_cache__["anything"] = 1
    assert hoist.fingerprint(graph) == before
    graph.add_edge(0, 4)
    assert hoist.fingerprint(graph) != before

    frame = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    same = hoist.fingerprint(frame)
    frame.loc[0, "a"] = 5
    assert hoist.fingerprint(frame) != same
    rng = np.random.default_rng(3)
    state = hoist.fingerprint(rng)
    rng.random()
    assert hoist.fingerprint(rng) != state


def test_a_notebook_whose_order_cannot_matter_is_hoisted(shell):
    plan = plan_of(
        SETUP,
        SOLUTION,
        ("other", "ordered = f(data)\nsizes = np.arange(4)"),
        ("test", "assert f(data) == sorted(data)\nassert len(sizes) == 4"),
        ("other", "doubled = sizes * 2"),
        ("test", "_local = rng.integers(5)  # its own draws: rng is never used again\n"),
    )
    run_setup(shell, plan)
    found = hoist.check(shell, plan)
    assert found.ok, found.reason
    assert "sizes" not in shell.user_ns, "the check runs in a fork: the server is untouched"
    problem, quiet = hoist.run_other_cells(shell, plan, found.final)
    assert problem == ""
    assert quiet == {2, 4}, "both other cells only bind names: the sandbox may leave them out"
    assert list(shell.user_ns["doubled"]) == [0, 2, 4, 6]
    assert "f" not in shell.user_ns, "the reference's solution is not left bound"


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        (  # a later cell rebinds what a test reads
            [SETUP, SOLUTION, ("other", "n = 1"), ("test", "assert n == 1"), ("other", "n = 2")],
            "cell 5 changes ['n'], which an earlier test cell reads",
        ),
        (  # a later cell changes in place what a test reads
            [SETUP, SOLUTION, ("test", "assert data[0] == 3"), ("other", "data.sort()")],
            "cell 4 changes ['data']",
        ),
        (  # a test reads a name only a later cell defines
            [
                SETUP,
                SOLUTION,
                ("test", "assert 'later' in dir() or later"),
                ("other", "later = 1"),
            ],  # fmt: skip
            "cell 4 changes ['later']",
        ),
        (  # a test draws from the generator a later cell uses
            [SETUP, SOLUTION, ("test", "rng.random()"), ("other", "z = rng.random()")],
            "test_1 changes ['rng']",
        ),
        (  # an other cell needs what a test cell defines
            [SETUP, SOLUTION, ("test", "shared = 5"), ("other", "w = shared + 1")],
            "cell 4 reads ['shared'], which a test cell defines",
        ),
    ],
)
def test_a_notebook_whose_order_matters_is_not(shell, cells, reason):
    plan = plan_of(*cells)
    run_setup(shell, plan)
    found = hoist.check(shell, plan)
    assert not found.ok
    assert reason in found.reason


def test_other_cells_that_are_not_deterministic_are_caught(shell):
    plan = plan_of(
        SETUP,
        SOLUTION,
        ("other", "import os\nnoise = os.urandom(8)"),
        ("test", "assert len(noise) == 8"),
    )
    run_setup(shell, plan)
    found = hoist.check(shell, plan)
    assert found.ok, found.reason
    problem, quiet = hoist.run_other_cells(shell, plan, found.final)
    assert "not deterministic" in problem
    assert quiet == set()
