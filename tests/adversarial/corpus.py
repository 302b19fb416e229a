"""Adversarial submissions for w01_orientation, built on the fly from the course's own notebooks.

The honest submission is the released student notebook with each solution cell filled in from
the source notebook (full marks: 13 autograded points; the 3-point interpretation is graded by
hand). Every other case changes that notebook or its folder in one way. Each case states the
exact score it must get and a flag (or cell message) that must explain it.

Autograded points in w01: tweets_per_airline_day 2, negative_share 2, wilson_interval 2,
top_complaints 2, engagement_summary 2, duplicated_ids 1, conflicting_duplicates 2,
baseline_alerts 2 = 15.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import nbformat

from autograder.notebook import AssignmentNotebook
from autograder.paths import release_notebook, source_notebook

ASSIGNMENT = "w01_orientation"
# Every autograded point of the source (the corpus follows the assignment as it grows).
FULL_MARKS = float(
    sum(c.points for c in AssignmentNotebook.read(source_notebook(ASSIGNMENT)).test_cells)
)

# A wilson_interval that passes every visible test and fails the hidden ones: the cheats below
# try to turn that into full marks.
WRONG_WILSON = '''def wilson_interval(k, n, z=1.959963984540054):
    """Wilson score interval (low, high) for k successes out of n trials."""
    if n <= 0 or k < 0 or k > n:
        raise ValueError("bad input")
    p_hat = k / n
    return (max(p_hat - 0.2, 0.0), min(p_hat + 0.2, 1.0))
'''


@dataclass
class Case:
    name: str
    build: Callable[[nbformat.NotebookNode, Path], nbformat.NotebookNode | None]
    score: float
    flag: str | None = None  # a substring one of the result's flags must contain
    cell: tuple[str, str] | None = None  # (grade id, substring of its student message)
    filename: str = f"{ASSIGNMENT}.ipynb"
    status: str = "graded"
    no_flags: bool = False  # the honest parts only: no flag at all
    secret: str | None = None  # text the student chose: never in any message


def honest_notebook() -> nbformat.NotebookNode:
    source = nbformat.read(source_notebook(ASSIGNMENT), as_version=4)
    student = nbformat.read(release_notebook(ASSIGNMENT), as_version=4)
    solutions = {
        c.metadata["nbgrader"]["grade_id"]: c.source
        for c in source.cells
        if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")
    }
    for cell in student.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in solutions:
            cell.source = solutions[grade_id]
    return student


def _index(nb, grade_id: str) -> int:
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
    return ids.index(grade_id)


def _set(nb, grade_id: str, source: str) -> None:
    nb.cells[_index(nb, grade_id)].source = source


def _insert_after(nb, grade_id: str, source: str) -> None:
    nb.cells.insert(_index(nb, grade_id) + 1, nbformat.v4.new_code_cell(source))


def _wrap(nb, grade_id: str, before: str = "", after: str = "") -> None:
    """Code run at the start (and end) of a solution cell: before its test runs."""
    cell = nb.cells[_index(nb, grade_id)]
    cell.source = before + "\n" + cell.source + "\n" + after


def _append(nb, source: str) -> None:
    nb.cells.append(nbformat.v4.new_code_cell(source))


def _wrong_wilson(nb) -> None:
    _set(nb, "wilson_interval", WRONG_WILSON)


# --- builders: each edits a copy of the honest notebook (and may add files to the folder) ---


def honest(nb, folder):
    return nb


def wrong_answer(nb, folder):
    # Sums instead of shares: the visible test catches it and its own message is shown.
    source = nb.cells[_index(nb, "negative_share")].source
    _set(nb, "negative_share", source.replace(".mean()", ".sum()"))
    return nb


def edited_test_cell(nb, folder):
    _wrong_wilson(nb)
    _set(nb, "test_wilson_interval", "pass  # all good")
    return nb


def deleted_test_cell(nb, folder):
    _wrong_wilson(nb)
    del nb.cells[_index(nb, "test_wilson_interval")]
    return nb


def duplicated_test_cell(nb, folder):
    i = _index(nb, "test_duplicated_ids")
    nb.cells.insert(i + 1, copy.deepcopy(nb.cells[i]))
    return nb


def renamed_test_cell(nb, folder):
    _wrong_wilson(nb)
    nb.cells[_index(nb, "test_wilson_interval")].metadata["nbgrader"]["grade_id"] = "test_mine"
    return nb


def altered_metadata(nb, folder):
    nb.cells[_index(nb, "test_duplicated_ids")].metadata["nbgrader"]["points"] = 100
    meta = nb.cells[_index(nb, "duplicated_ids")].metadata["nbgrader"]
    meta.update(grade=True, points=50)
    return nb


def missing_solution_cell(nb, folder):
    # The function is still defined, but the cell no longer is the graded solution cell.
    del nb.cells[_index(nb, "top_complaints")].metadata["nbgrader"]
    return nb


def monkeypatched_assert_helpers(nb, folder):
    _wrong_wilson(nb)
    _insert_after(
        nb,
        "wilson_interval",
        """
import builtins, math, sys, types
import numpy as np, numpy.testing
np.testing.assert_allclose = lambda *a, **k: None
numpy.testing.assert_array_equal = lambda *a, **k: None
math.isclose = lambda *a, **k: True
np.isclose = lambda a, b, **k: np.ones(np.shape(a), dtype=bool)
fake = types.ModuleType("autograder.checks")
for name in ["assert_close", "assert_frame_equivalent", "assert_top_k", "assert_equal"]:
    setattr(fake, name, lambda *a, **k: None)
sys.modules["autograder"] = types.ModuleType("autograder")
sys.modules["autograder.checks"] = fake
builtins.AssertionError = type("Never", (Exception,), {})
""",
    )
    return nb


def lying_float(nb, folder):
    _set(
        nb,
        "wilson_interval",
        '''
class Liar(float):
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    def __lt__(self, other): return True
    def __le__(self, other): return True
    def __gt__(self, other): return True
    def __ge__(self, other): return True
    def __sub__(self, other): return Liar(0.0)
    def __rsub__(self, other): return Liar(0.0)
    def __abs__(self): return Liar(0.0)
    __hash__ = float.__hash__

def wilson_interval(k, n, z=1.959963984540054):
    """Wilson score interval (low, high) for k successes out of n trials."""
    if n <= 0 or k < 0 or k > n:
        raise ValueError("bad input")
    return (Liar(0.0), Liar(1.0))
''',
    )
    return nb


def patched_operators(nb, folder):
    # A DataFrame subclass that claims equality with anything, and pandas' own methods patched
    # in the student's process; the answer itself is wrong (every count doubled).
    _set(
        nb,
        "tweets_per_airline_day",
        '''
import pandas as pd

class Agreeable(pd.DataFrame):
    @property
    def _constructor(self):
        return Agreeable
    def __eq__(self, other): return True
    def equals(self, other): return True

pd.DataFrame.equals = lambda self, other: True
pd.testing.assert_frame_equal = lambda *a, **k: None

def tweets_per_airline_day(tweets, tz="UTC"):
    """Tweets per (airline, local calendar day in `tz`): columns airline, day, n_tweets."""
    local_day = tweets["tweet_created"].dt.tz_convert(tz).dt.strftime("%Y-%m-%d")
    pairs = pd.DataFrame({"airline": tweets["airline"].astype(str), "day": local_day.astype(str)})
    counts = pairs.value_counts().rename("n_tweets").reset_index()
    counts.loc[0, "n_tweets"] += 1  # one tweet moved between days: the visible sum still holds
    counts.loc[1, "n_tweets"] -= 1
    return Agreeable(counts)
''',
    )
    return nb


def ipython_input_transformer(nb, folder):
    _wrong_wilson(nb)
    _insert_after(
        nb,
        "wilson_interval",
        """
ip = get_ipython()
# Blank every later cell that looks like a test (as it would in nbgrader's own kernel).
def blank_tests(lines):
    return ["pass\\n"] if any("assert" in line for line in lines) else lines
ip.input_transformers_cleanup.append(blank_tests)
""",
    )
    return nb


def custom_exception_handler(nb, folder):
    _wrong_wilson(nb)
    _insert_after(
        nb,
        "wilson_interval",
        """
get_ipython().set_custom_exc((BaseException,), lambda shell, etype, value, tb, tb_offset=None: None)
""",
    )
    return nb


def kills_its_kernel(nb, folder):
    _insert_after(nb, "wilson_interval", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)")
    return nb


def kills_its_parent(nb, folder):
    _insert_after(
        nb,
        "wilson_interval",
        """
import os, signal
for target in (os.getppid(), 1):
    try:
        os.kill(target, signal.SIGKILL)
    except OSError:
        pass
""",
    )
    return nb


def leaves_background_processes(nb, folder):
    _insert_after(
        nb,
        "wilson_interval",
        """
import os, subprocess, time
subprocess.Popen(["sleep", "600"], start_new_session=True)
if os.fork() == 0:
    os.setsid()
    time.sleep(600)
    os._exit(0)
""",
    )
    return nb


def symlinks(nb, folder):
    os.symlink("../../../source", folder / "course_source")
    os.symlink(str(source_notebook(ASSIGNMENT)), folder / "answers.ipynb")
    os.symlink("/etc/passwd", folder / "passwd")
    _append(
        nb,
        """
for name in ["course_source", "answers.ipynb", "passwd"]:
    try:
        print(open(name).read()[:100])
    except OSError as exc:
        print("no", name, exc)
""",
    )
    return nb


def fifo(nb, folder):
    os.mkfifo(folder / "pipe")
    return nb


def huge_output(nb, folder):
    _insert_after(nb, "wilson_interval", 'print("x" * 30_000_000)  # one 30 MB line')
    return nb


def invalid_json(nb, folder):
    (folder / f"{ASSIGNMENT}.ipynb").write_text('{"cells": [, "nbformat": 4}')
    return None


def nbformat_v3(nb, folder):
    return nbformat.convert(nb, 3)


def odd_file_name(nb, folder):
    return nb


def schema_version_99(nb, folder):
    cell = nbformat.v4.new_code_cell("bonus = 1")
    cell.metadata["nbgrader"] = {"schema_version": 99, "grade": True, "solution": False,
                                 "grade_id": "bonus", "points": 100, "locked": False}  # fmt: skip
    nb.cells.insert(_index(nb, "wilson_interval"), cell)
    return nb


def infinite_loop_in_cell(nb, folder):
    _insert_after(nb, "wilson_interval", "while True:\n    pass")
    return nb


def infinite_loop_in_function(nb, folder):
    _set(
        nb,
        "wilson_interval",
        '''
def wilson_interval(k, n, z=1.959963984540054):
    """Wilson score interval (low, high) for k successes out of n trials."""
    while True:
        try:
            pass
        except BaseException:
            pass
''',
    )
    return nb


def memory_bomb(nb, folder):
    _insert_after(nb, "wilson_interval", "hog = []\nwhile True:\n    hog.append(b'x' * 50 * 2**20)")
    return nb


def fork_bomb(nb, folder):
    _insert_after(
        nb,
        "wilson_interval",
        """
import os
children = 0
while children < 10_000:
    os.fork()
    children += 1
""",
    )
    return nb


def reads_instructor_files(nb, folder):
    _set(
        nb,
        "wilson_interval",
        '''
import json

def wilson_interval(k, n, z=1.959963984540054):
    """Wilson score interval (low, high) for k successes out of n trials."""
    notebook = json.load(open("/work/main/source/w01_orientation/w01_orientation.ipynb"))
    raise RuntimeError(str(notebook)[:1000])
''',
    )
    _append(
        nb,
        """
import glob, os
found = {p: open(p, "rb").read(100)
         for p in glob.glob("/work/main/**/*", recursive=True) if os.path.isfile(p)}
print(len(found), sorted(os.listdir("/")))
""",
    )
    return nb


# Files the writes_outside_its_folder case tries to create: none may exist after grading.
PROBES = [
    "/work/shared/data/smcm_sandbox_probe",
    "/work/main/datasets/smcm_sandbox_probe",
    "/work/main/smcm_sandbox_probe",
    "/tmp/smcm_sandbox_probe",
]


def writes_outside_its_folder(nb, folder):
    _append(
        nb,
        f"""
import os
for path in {PROBES!r}:
    try:
        with open(path, "w") as handle:
            handle.write("written from a sandbox")
    except OSError as exc:
        print("refused", path, exc)
try:
    os.utime("/work/shared/data/twitter_us_airline_sentiment/Tweets.csv", (0, 0))
except OSError as exc:
    print("refused", exc)
""",
    )
    return nb


def warnings_but_correct(nb, folder):
    for grade_id in ["negative_share", "wilson_interval", "duplicated_ids"]:
        before, after = nb.cells[_index(nb, grade_id)].source.split('"""\n', 1)
        noisy = ('    import sys, warnings\n    warnings.warn("this is fine", RuntimeWarning)\n'
                 '    print("debug output", file=sys.stderr)\n')  # fmt: skip
        _set(nb, grade_id, before + '"""\n' + noisy + after)
    _insert_after(nb, "negative_share", 'import warnings\nwarnings.simplefilter("always")')
    return nb


def spoils_its_arguments(nb, folder):
    # Answers correctly, then wrecks the table it was given (drops half the rows, relabels the
    # airlines): each call must get its own fresh copy, or later calls would see the damage.
    source = nb.cells[_index(nb, "negative_share")].source
    _set(
        nb,
        "negative_share",
        source
        + """
_honest_negative_share = negative_share


def negative_share(tweets, min_confidence=0.0):
    shares = _honest_negative_share(tweets, min_confidence)
    tweets.drop(tweets.index[: len(tweets) // 2], inplace=True)
    tweets["airline"] = "spoiled"
    tweets.attrs["spoiled"] = True
    return shares
""",
    )
    return nb


def unreadable_result(nb, folder):
    _set(
        nb,
        "top_complaints",
        '''
def top_complaints(tweets, k=3, airline=None):
    """The k most frequent negative reasons (most frequent first), optionally for one airline."""
    return iter(["a", "b", "c"])
''',
    )
    return nb


def escapes_to_host(nb, folder):
    # Issue 12.1: each write gives back the value the file holds, so the host stays unharmed
    # even if it succeeded; any success turns wilson_interval wrong (2 points fewer).
    _wrap(
        nb,
        "wilson_interval",
        after="""
import ctypes, os, resource, subprocess
escaped = []
for path in ["/proc/sys/kernel/core_pattern", "/proc/sys/kernel/core_uses_pid"]:
    try:
        value = open(path).read()
        with open(path, "w") as handle:
            handle.write(value)
        escaped.append(path)
    except OSError:
        pass
libc = ctypes.CDLL(None, use_errno=True)
for flag in (0x10000000, 0x00020000, 0x02000000):  # new user, mount, cgroup namespaces
    if libc.unshare(flag) == 0:
        escaped.append(hex(flag))
done = subprocess.run(["unshare", "-UrmC", "sh", "-c",
                       "mount -t cgroup -o pids none /mnt && echo 4096 > /mnt/pids.max"],
                      capture_output=True)
if done.returncode == 0:
    escaped.append("cgroup")
try:
    resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    escaped.append("rlimit")
except (ValueError, OSError):
    pass
if os.getuid() == 0 or escaped:
    exec(WRONG)
""".replace("WRONG", repr(WRONG_WILSON)),
    )
    return nb


def pathological_answer(nb, folder):
    # Issue 12.4: duplicated_ids's answer is forged as 400,000 integers whose hashes collide
    # (each insertion into the set compares with all before it): that call fails in its own
    # time (test_duplicated_ids, and test_conflicting_duplicates, which calls it too); the
    # rest of the notebook keeps its marks.
    _wrap(
        nb,
        "duplicated_ids",
        after="""
import gc, sys
_runner = next(o for o in gc.get_objects() if type(o).__name__ == "Runner")
_honest_call = _runner.call
def _forged_call(name, payload, kept, timeout):
    if name == "duplicated_ids":
        m = sys.hash_info.modulus
        return {"value": {"t": "set", "v": [{"t": "int", "v": str(k * m)}
                                            for k in range(1, 400_001)]}}, []
    return _honest_call(name, payload, kept, timeout)
_runner.call = _forged_call
""",
    )
    return nb


def huge_answer(nb, folder):
    # Issue 12.4: a 120 MB answer (strings, so all of it JSON) from duplicated_ids; the grader
    # reads it within its memory bound and the visible test fails it (a list, not a set).
    _wrap(
        nb,
        "duplicated_ids",
        after="""
def duplicated_ids(raw):
    return ["%0110d" % i for i in range(1_000_000)]
""",
    )
    return nb


SECRET = "Delta_hidden_input_0427_United"


def forged_reply_and_data_named_exception(nb, folder):
    # Issue 12.5: negative_share raises an exception class named like data, and the runner is
    # patched to answer calls to wilson_interval with a forged "missing" naming a secret: no
    # student text may reach a message.
    _wrap(
        nb,
        "negative_share",
        after=f"""
class {SECRET}(ValueError):
    pass
def negative_share(tweets, min_confidence=0.0):
    raise {SECRET}("{SECRET}")
""",
    )
    _wrap(
        nb,
        "wilson_interval",
        after=f"""
import gc
_runner = next(o for o in gc.get_objects() if type(o).__name__ == "Runner")
_honest_call = _runner.call
def _forged_call(name, payload, kept, timeout):
    if name == "wilson_interval":
        return {{"missing": "{SECRET}"}}, []
    return _honest_call(name, payload, kept, timeout)
_runner.call = _forged_call
""",
    )
    return nb


def helper_module_beside_notebook(nb, folder):
    # Issue 12.6: a module saved beside the notebook imports, as in Jupyter: the solution cell
    # only imports wilson_interval from it (were the import to fail: 2 points fewer).
    imports = "import math\nimport numpy as np\nimport pandas as pd\n\n"
    (folder / "my_wilson.py").write_text(imports + nb.cells[_index(nb, "wilson_interval")].source)
    _set(nb, "wilson_interval", "from my_wilson import wilson_interval")
    return nb


WILSON = "test_wilson_interval"
HIDDEN_WRONG = "a hidden test failed: wrong result"
FULL = FULL_MARKS
CASES = [
    Case("honest", honest, FULL, no_flags=True),
    Case("wrong_answer", wrong_answer, FULL - 2,
         cell=("test_negative_share", "a share lies between 0")),
    Case("edited_test_cell", edited_test_cell, FULL - 2, f"test cell {WILSON} was edited",
         (WILSON, HIDDEN_WRONG)),
    Case("deleted_test_cell", deleted_test_cell, FULL - 2, f"test cell {WILSON} was deleted"),
    Case("duplicated_test_cell", duplicated_test_cell, FULL,
         "test cell test_duplicated_ids was duplicated"),
    Case("renamed_test_cell", renamed_test_cell, FULL - 2, f"test cell {WILSON} was renamed"),
    Case("altered_metadata", altered_metadata, FULL, "metadata of test_duplicated_ids was altered"),
    Case("missing_solution_cell", missing_solution_cell, FULL - 2,
         "solution cell top_complaints is missing",
         ("test_top_complaints", "solution cell top_complaints is missing")),
    Case("monkeypatched_assert_helpers", monkeypatched_assert_helpers, FULL - 2,
         cell=(WILSON, HIDDEN_WRONG)),
    Case("lying_float", lying_float, FULL - 2, cell=(WILSON, HIDDEN_WRONG)),
    Case("patched_operators", patched_operators, FULL - 2,
         cell=("test_tweets_per_airline_day", HIDDEN_WRONG)),
    Case("ipython_input_transformer", ipython_input_transformer, FULL - 2,
         cell=(WILSON, HIDDEN_WRONG)),
    Case("custom_exception_handler", custom_exception_handler, FULL - 2,
         cell=(WILSON, HIDDEN_WRONG)),
    Case("kills_its_kernel", kills_its_kernel, FULL, "ended its Python process in cell"),
    Case("kills_its_parent", kills_its_parent, FULL, no_flags=True),
    Case("leaves_background_processes", leaves_background_processes, FULL, "background process"),
    Case("symlinks", symlinks, FULL, "symlink course_source skipped"),
    Case("fifo", fifo, FULL, "FIFO pipe skipped"),
    Case("huge_output", huge_output, FULL, "output truncated at 1,000,000 bytes"),
    Case("invalid_json", invalid_json, 0, "not valid JSON", status="failed"),
    Case("nbformat_v3", nbformat_v3, FULL, "nbformat v3 notebook converted"),
    Case("odd_file_name", odd_file_name, FULL, "notebook file name",
         filename=f"{ASSIGNMENT} (1).ipynb"),
    Case("schema_version_99", schema_version_99, FULL, "schema_version 99"),
    Case("infinite_loop_in_cell", infinite_loop_in_cell, FULL, "timeout in cell"),
    Case("infinite_loop_in_function", infinite_loop_in_function, FULL - 2, f"timeout in {WILSON}",
         (WILSON, "time limit exceeded")),
    Case("memory_bomb", memory_bomb, FULL, "memory limit hit"),
    Case("fork_bomb", fork_bomb, FULL, "process limit hit"),
    Case("reads_instructor_files", reads_instructor_files, FULL - 2,
         cell=(WILSON, "your function raised FileNotFoundError")),
    Case("writes_outside_its_folder", writes_outside_its_folder, FULL, no_flags=True),
    Case("warnings_but_correct", warnings_but_correct, FULL, no_flags=True),
    Case("spoils_its_arguments", spoils_its_arguments, FULL, no_flags=True),
    Case("unreadable_result", unreadable_result, FULL - 2,
         cell=("test_top_complaints", "returned something the grader cannot read")),
    Case("escapes_to_host", escapes_to_host, FULL, no_flags=True),
    Case("pathological_answer", pathological_answer, FULL - 3, "too long to read",
         ("test_duplicated_ids", "returned something the grader cannot read")),
    Case("huge_answer", huge_answer, FULL - 3, cell=("test_duplicated_ids", "return a set")),
    Case("forged_reply_and_data_named_exception", forged_reply_and_data_named_exception, FULL - 4,
         cell=(WILSON, "name 'wilson_interval' is not defined"), secret=SECRET),
    Case("helper_module_beside_notebook", helper_module_beside_notebook, FULL, no_flags=True),
]  # fmt: skip


def build(case: Case, root: Path) -> Path:
    """Write the case's submission folder under root; return its notebook's path."""
    folder = root / case.name / ASSIGNMENT
    folder.mkdir(parents=True)
    nb = case.build(honest_notebook(), folder)
    path = folder / case.filename
    if nb is not None:
        version = nb.get("nbformat", 4)
        nbformat.write(nb, path, version=version)
    return path if path.exists() or path.is_symlink() else folder / f"{ASSIGNMENT}.ipynb"
