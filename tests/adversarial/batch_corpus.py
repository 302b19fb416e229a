"""A second adversarial corpus, on w02_centrality, for a whole batch: collect, grade, feedback.

tests/adversarial/corpus.py grades w01 submissions one by one through the engine; this corpus is
laid out as an nbgrader exchange (inbound/<student>+<assignment>+<time> <random>/) and goes
through `smcm collect`, `smcm grade` and `smcm feedback` as an instructor runs them
(tests/test_grading_batch_attacks.py). One attacker per item of issue 12, between honest
students. Every text an attacker controls (exception classes and messages, returned strings,
forged replies, markdown, printed output, file names) holds a marker of its own, which no
feedback page may show.

Scores are derived from the source notebook's points, so the corpus follows the assignment.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

import nbformat

from autograder.notebook import AssignmentNotebook
from autograder.paths import source_notebook
from autograder.typed_in import filled_student_notebook

ASSIGNMENT = "w02_centrality"
POINTS = {
    c.grade_id: float(c.points)
    for c in AssignmentNotebook.read(source_notebook(ASSIGNMENT)).test_cells
}
FULL_MARKS = sum(POINTS.values())


def marker(case: str) -> str:
    """The unique string an attacker puts in every text it controls."""
    return f"ZqX{case.replace('_', '')}Mark7731"


def lost(*exercises: str) -> float:
    """Full marks less the points of the test cells of `exercises`."""
    return FULL_MARKS - sum(POINTS[f"test_{name}"] for name in exercises)


# --- editing a notebook ------------------------------------------------------------------------


def _index(nb, grade_id: str) -> int:
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
    return ids.index(grade_id)


def _append_to(nb, grade_id: str, source: str) -> None:
    """Code run at the end of a solution cell: before its test runs."""
    cell = nb.cells[_index(nb, grade_id)]
    cell.source = cell.source + "\n" + source


def _set(nb, grade_id: str, source: str) -> None:
    nb.cells[_index(nb, grade_id)].source = source


# --- honest students -------------------------------------------------------------------------


def honest(nb, folder):
    return nb


def honest_one_mistake(nb, folder):
    # A plausible mistake: unweighted PageRank (passes the visible test, not the hidden one).
    source = nb.cells[_index(nb, "top_k_to_brief")].source
    assert 'weight="weight"' in source
    _set(nb, "top_k_to_brief", source.replace('weight="weight"', "weight=None"))
    return nb


# --- item 1: sandbox escape attempts ---------------------------------------------------------

# Each probe only tries: /proc/sys files and the cgroup's limit files are opened for writing
# (no O_TRUNC) and closed without a byte written, so the host's values cannot change even if an
# open succeeded. Any success turns strength_table wrong (its points lost).
ESCAPE_PROBES = """
import ctypes, os, resource, subprocess
escaped = []
def _try_open_for_writing(path):
    try:
        fd = os.open(path, os.O_WRONLY)
    except OSError:
        return
    os.close(fd)
    escaped.append(path)
for path in ["/proc/sys/kernel/core_pattern", "/proc/sys/kernel/core_uses_pid",
             "/proc/sys/kernel/unprivileged_userns_clone", "/proc/sys/user/max_user_namespaces",
             "/proc/sysrq-trigger"]:
    _try_open_for_writing(path)
try:
    for line in open("/proc/self/cgroup"):
        controller, where = line.strip().split(":", 2)[1:]
        for name in controller.split(",") or [""]:
            for limit in ("pids.max", "memory.limit_in_bytes", "memory.max"):
                _try_open_for_writing(f"/sys/fs/cgroup/{name}{where}/{limit}")
except OSError:
    pass
libc = ctypes.CDLL(None, use_errno=True)
for flag in (0x10000000, 0x00020000, 0x02000000, 0x40000000):  # user, mount, cgroup, net ns
    if libc.unshare(flag) == 0:
        escaped.append(hex(flag))
try:
    done = subprocess.run(["unshare", "-UrmC", "sh", "-c",
                           "mount -t cgroup -o pids none /mnt && test -w /mnt/pids.max"],
                          capture_output=True, timeout=5)
    if done.returncode == 0:
        escaped.append("cgroup mounted in a new user namespace")
except (OSError, subprocess.SubprocessError):
    pass
soft, hard = resource.getrlimit(resource.RLIMIT_AS)
try:
    resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    if hard != resource.RLIM_INFINITY:
        escaped.append("RLIMIT_AS raised")
except (ValueError, OSError):
    pass
if os.getuid() == 0:
    escaped.append("uid 0")
print("MARK escape probes:", escaped)
if escaped:
    def strength_table(G, weight="weight"):
        return pd.DataFrame({"MARK": ["escaped"]})
"""


def escape_attempts(nb, folder, mark):
    _append_to(nb, "strength_table", ESCAPE_PROBES.replace("MARK", mark))
    return nb


# --- item 2: a forged exchange folder (its notebook, if it were graded, would score 0) ------


def forged_submission(nb, folder, mark):
    forged = filled_student_notebook_node(attempted=False)
    forged.cells.append(nbformat.v4.new_markdown_cell(f"{mark}: the forger's notebook"))
    return forged


# --- item 3: a notebook nested 100,000 levels deep ------------------------------------------

NESTED_100K = "[" * 100_000 + "]" * 100_000


# --- item 4: a huge and a pathological answer -------------------------------------------------


def huge_and_pathological_answers(nb, folder, mark):
    # top_k_to_brief answers with about 120 MB of strings (all of it JSON): read within the
    # grader's bounds, then failed by the visible test (k accounts expected). The runner is
    # patched to answer reach_within with a set of 400,000 integers whose hashes all collide:
    # that call fails in its own time. Every other exercise keeps its marks.
    _append_to(
        nb,
        "top_k_to_brief",
        f"""
def top_k_to_brief(G, k=10, exclude=("united",), alpha=0.85):
    return ["{mark}%0100d" % i for i in range(1_000_000)]
""",
    )
    _append_to(
        nb,
        "reach_within",
        f"""
import gc, sys
_runner = next(o for o in gc.get_objects() if type(o).__name__ == "Runner")
_honest_call = _runner.call
def _forged_call(name, payload, kept, timeout):
    if name == "reach_within":
        m = sys.hash_info.modulus
        return {{"value": {{"t": "set", "v": [{{"t": "int", "v": str(k * m)}}
                                            for k in range(1, 400_001)]}}}}, []
    return _honest_call(name, payload, kept, timeout)
_runner.call = _forged_call
_note = "{mark}"
""",
    )
    return nb


# --- item 5: student-chosen text aimed at the feedback page ---------------------------------


def text_for_feedback(nb, folder, mark):
    # reach_within is honest but records every account the hidden tests ask about;
    # top_k_to_brief (tested later) hands them back, marked; core_numbers raises an exception
    # class named like data; the runner forges replies for kendall_tau_b (classes named by the
    # student) and hits_scores (a "missing" naming the marker).
    _append_to(
        nb,
        "reach_within",
        """
_seen_accounts = []
_honest_reach_within = reach_within
def reach_within(G, account, hops=None):
    _seen_accounts.append(str(account))
    return _honest_reach_within(G, account, hops)
""",
    )
    _append_to(
        nb,
        "core_numbers",
        f"""
class {mark}_node_united_core_7(KeyError):
    pass
def core_numbers(G):
    raise {mark}_node_united_core_7("{mark}: " + " ".join(_seen_accounts))
""",
    )
    _append_to(
        nb,
        "kendall_tau_b",
        f"""
import gc
_runner = next(o for o in gc.get_objects() if type(o).__name__ == "Runner")
_honest_call = _runner.call
def _forged_call(name, payload, kept, timeout):
    if name == "kendall_tau_b":
        return {{"raised": [["builtins", "{mark}_" + "_".join(_seen_accounts)[:40]],
                            ["{mark}.data", "ValueError"]]}}, []
    if name == "hits_scores":
        return {{"missing": "{mark} " + " ".join(_seen_accounts)}}, []
    return _honest_call(name, payload, kept, timeout)
_runner.call = _forged_call
""",
    )
    _append_to(
        nb,
        "top_k_to_brief",
        f"""
def top_k_to_brief(G, k=10, exclude=("united",), alpha=0.85):
    seen = list(dict.fromkeys(_seen_accounts)) or ["nobody"]
    return [f"{mark} {{seen[i % len(seen)]}}" for i in range(k)]
""",
    )
    nb.cells.append(nbformat.v4.new_markdown_cell(f"# {mark} a heading of my own"))
    nb.cells.append(nbformat.v4.new_code_cell(f'print("{mark} printed")'))
    nb.metadata["title"] = mark
    (folder / f"{mark}_notes.txt").write_text(f"{mark} a file of my own\n")
    return nb


# --- item 6: what works in JupyterLab from the notebook's folder -----------------------------


def helper_module_and_sparse(nb, folder, mark):
    # core_numbers lives in a module beside the notebook (only imported by its solution cell);
    # strength_table answers with pandas Sparse columns. Both are correct.
    imports = "import networkx as nx\nimport numpy as np\nimport pandas as pd\n\n"
    helper = nb.cells[_index(nb, "core_numbers")].source
    (folder / "centrality_helpers.py").write_text(f"# {mark}\n" + imports + helper + "\n")
    _set(nb, "core_numbers", "from centrality_helpers import core_numbers")
    _append_to(
        nb,
        "strength_table",
        """
_dense_strength_table = strength_table
def strength_table(G, weight="weight"):
    table = _dense_strength_table(G, weight)
    return table.astype({c: pd.SparseDtype(table[c].dtype, 0) for c in table.columns})
""",
    )
    return nb


# --- the corpus ------------------------------------------------------------------------------


@dataclass
class Student:
    """One exchange folder: who sends it (account index), what it holds, what it must get."""

    name: str  # the case's name (the table's category)
    item: int  # issue 12's item
    build: Callable | None  # (notebook, folder, marker) -> notebook; None: raw text below
    score: float | None  # exact total it must get; None: must not be graded at all
    attacker: bool = True
    raw: str | None = None  # the notebook file's text instead of a built notebook
    flag: str | None = None  # a substring one of its result's flags must contain
    cells: tuple[tuple[str, str], ...] = ()  # (grade id, substring of its message): score 0
    status: str = "graded"

    @property
    def marker(self) -> str:
        return marker(self.name)


def filled_student_notebook_node(attempted: bool = True) -> nbformat.NotebookNode:
    return nbformat.from_dict(
        copy.deepcopy(filled_student_notebook(ASSIGNMENT, attempted=attempted))
    )


def notebook_text(student: Student, folder) -> str:
    if student.raw is not None:
        return student.raw
    nb = filled_student_notebook_node()
    if student.attacker:
        nb = student.build(nb, folder, student.marker)
    else:
        nb = student.build(nb, folder)
    return nbformat.writes(nb)


HIDDEN_WRONG = "a hidden test failed: wrong result"
UNREADABLE = "your function returned something the grader cannot read"
# Accounts stand in for students in this order (names sorted: the malformed notebook's owner
# sorts between the two honest students).
STUDENTS = [
    Student("honest_a", 0, honest, FULL_MARKS, attacker=False),
    # Collected (the intake notes it), then failed by the grader with its reason: 0 points.
    Student("malformed_notebook", 3, None, 0.0, raw=NESTED_100K, flag="not valid JSON",
            status="failed"),
    Student("honest_b", 0, honest_one_mistake, lost("top_k_to_brief"), attacker=False,
            cells=(("test_top_k_to_brief", HIDDEN_WRONG),)),
    Student("escape_attempts", 1, escape_attempts, FULL_MARKS),
    Student("huge_and_pathological_answers", 4, huge_and_pathological_answers,
            lost("reach_within", "top_k_to_brief"), flag="too long to read",
            cells=(("test_reach_within", UNREADABLE),
                   ("test_top_k_to_brief", "return k accounts"))),
    Student("text_for_feedback", 5, text_for_feedback,
            lost("core_numbers", "kendall_tau_b", "hits_scores", "top_k_to_brief"),
            cells=(("test_core_numbers", "your function raised KeyError"),
                   ("test_hits_scores", "name 'hits_scores' is not defined"))),
    Student("helper_module_and_sparse", 6, helper_module_and_sparse, FULL_MARKS),
]  # fmt: skip
# Item 2: a folder named after honest_a (the victim), from 2099, owned by text_for_feedback's
# account; what it holds would score 0.
FORGERY = Student("forged_exchange_folder", 2, forged_submission, None)
VICTIM = "honest_a"
FORGER = "text_for_feedback"
