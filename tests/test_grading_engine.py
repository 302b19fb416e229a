"""The grading engine against an adversarial corpus (tests/adversarial/corpus.py).

Every submission of the corpus is graded once, two at a time, in one batch through
grade_submission (as `smcm grade` calls it). Each case asserts its exact score and the flag or
cell message that explains it; the batch as a whole must finish, leave every file of the course
and of every other submission unchanged, and never show a student hidden-test text.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import stat
import sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest

from autograder.config import GradingSettings
from autograder.grading import safe_codec, sandbox
from autograder.grading.engine import SandboxUnavailable, SubmissionResult, grade_submission
from autograder.notebook import BEGIN_HIDDEN, END_HIDDEN, AssignmentNotebook, region_lines
from autograder.paths import COURSE_ROOT, SOURCE_DIR, source_notebook

sys.path.insert(0, str(Path(__file__).parent))
from adversarial.corpus import ASSIGNMENT, CASES, FULL_MARKS, PROBES, build  # noqa: E402

pytestmark = pytest.mark.skipif(sandbox.bwrap_path() is None, reason="bubblewrap not installed")

# Small limits keep the batch quick: loops and bombs hit them in seconds.
TEST_SETTINGS = dataclasses.replace(
    GradingSettings(),
    cell_timeout=10,  # imports on a loaded 2-core machine can take several seconds
    notebook_timeout=150,
    memory_limit_mb=1024,
    max_processes=48,
    output_limit_bytes=1_000_000,
)
# Slow cases first, so that the two workers finish together.
SLOW_FIRST = [
    "infinite_loop_in_function",
    "fork_bomb",
    "infinite_loop_in_cell",
    "memory_bomb",
    "pathological_answer",
    "huge_answer",
]


def _fingerprint(root: Path) -> dict[str, str]:
    """Content hash of every regular file under root; type and target for links and FIFOs."""
    prints = {}
    for folder, dirs, files in os.walk(root):
        for name in sorted(dirs + files):
            path = Path(folder) / name
            mode = path.lstat().st_mode
            if stat.S_ISREG(mode):
                prints[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
            elif stat.S_ISLNK(mode):
                prints[str(path)] = "link:" + os.readlink(path)
            elif not stat.S_ISDIR(mode):
                prints[str(path)] = f"special:{stat.S_IFMT(mode)}"
    return prints


def _grade(args) -> SubmissionResult:
    name, path = args
    return grade_submission(ASSIGNMENT, name, Path(path), settings=TEST_SETTINGS)


def category_table(results: dict, intact: bool) -> str:
    """One line per case: what it should earn, what it got, and whether the batch held."""
    rows = [("category", "score earned", "score given", "status", "batch finished", "data intact")]
    for case in CASES:
        result = results.get(case.name)
        given = f"{result.total:g}" if result is not None else "-"
        finished = "yes" if len(results) == len(CASES) else "no"
        status, kept = getattr(result, "status", "missing"), "yes" if intact else "no"
        rows.append((case.name, f"{case.score:g}", given, status, finished, kept))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


@pytest.fixture(scope="module")
def batch(tmp_path_factory, report_section):
    """(results by case, fingerprints before, fingerprints after) for the whole corpus."""
    root = tmp_path_factory.mktemp("submissions")
    paths = {case.name: build(case, root) for case in CASES}
    (root / "gradebook.db").write_bytes(b"another course's gradebook: must stay untouched")
    data = Path(os.environ.get("SMCM_DATA_DIR", COURSE_ROOT.parent / "shared" / "data"))
    # Only what this batch could touch: other people may be editing the rest of the repository.
    watched = [root, SOURCE_DIR / ASSIGNMENT, COURSE_ROOT / "release" / ASSIGNMENT]
    watched += [data / "twitter_us_airline_sentiment"]
    before = {str(w): _fingerprint(w) for w in watched}
    order = [n for n in SLOW_FIRST if n in paths] + [n for n in paths if n not in SLOW_FIRST]
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
        graded = pool.map(_grade, [(name, str(paths[name])) for name in order])
        results = dict(zip(order, graded, strict=True))
    after = {str(w): _fingerprint(w) for w in watched}
    intact = before == after and not [p for p in PROBES if os.path.exists(p)]
    report_section(f"adversarial submissions (w01, out of {FULL_MARKS:g} autograded points)",
                   category_table(results, intact))  # fmt: skip
    return results, before, after


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_gets_exactly_its_honest_marks(batch, case):
    results, _, _ = batch
    result = results[case.name]
    assert result.status == case.status, result.flags
    cells = [(c.grade_id, c.score, c.message) for c in result.cells]
    assert result.total == case.score, (result.flags, cells)
    if case.flag is not None:
        assert any(case.flag in flag for flag in result.flags), result.flags
    if case.no_flags:
        assert result.flags == []
    if case.cell is not None:
        grade_id, text = case.cell
        cell = next(c for c in result.cells if c.grade_id == grade_id)
        assert cell.score == 0 and text in cell.message, cell


def test_batch_finished_and_data_intact(batch):
    results, before, after = batch
    assert set(results) == {c.name for c in CASES}
    assert all(isinstance(r, SubmissionResult) for r in results.values())
    assert before == after
    assert [p for p in PROBES if os.path.exists(p)] == []


def test_feedback_never_shows_hidden_tests_or_outside_files(batch):
    results, _, _ = batch
    source = AssignmentNotebook.read(source_notebook(ASSIGNMENT))
    hidden = {
        line.strip()
        for cell in source.test_cells
        for line in region_lines(cell.source, BEGIN_HIDDEN, END_HIDDEN)
        if len(line.strip()) >= 12
    }
    messages = [c.message for r in results.values() for c in r.cells]
    assert any(m.startswith("a hidden test failed") for m in messages)
    for message in messages:
        assert not any(line in message for line in hidden), message
        assert "Traceback" not in message and "/work/" not in message
        assert "BEGIN HIDDEN" not in message
        assert "root:" not in message  # /etc/passwd


def test_feedback_never_shows_text_the_student_chose(batch):
    results, _, _ = batch
    for case in CASES:
        if case.secret is None:
            continue
        for cell in results[case.name].cells:
            assert case.secret not in cell.message, (case.name, cell)


def test_points_come_from_the_source_and_manual_cells_wait_for_a_human(batch):
    results, _, _ = batch
    result = results["altered_metadata"]
    points = {c.grade_id: (c.score, c.max_score) for c in result.cells}
    assert points["test_duplicated_ids"] == (1.0, 1.0)
    assert points["interpretation_negative_share"] == (None, 3.0)
    assert "Model answer" not in results["honest"].answers["interpretation_negative_share"]


def test_refuses_to_grade_without_bubblewrap(monkeypatch, tmp_path):
    monkeypatch.setattr(sandbox, "bwrap_path", lambda: None)
    with pytest.raises(SandboxUnavailable):
        grade_submission(ASSIGNMENT, "nobody", tmp_path / "x.ipynb", settings=TEST_SETTINGS)


@pytest.mark.parametrize(
    "header",
    [
        {"value": {"t": "ndarray", "dtype": "|O", "shape": [1], "buf": 0}},  # object array
        {"value": {"t": "ndarray", "dtype": "<i8", "shape": [4], "buf": 0}},  # size mismatch
        {"value": {"t": "pickle", "v": "gASVAAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUKYWUUpQu"}},
        {"value": {"t": "timestamp", "v": "0", "unit": "ns", "tz": "../../etc/passwd"}},
        {"value": {"t": "list", "v": "not a list"}},
    ],
)
def test_decoder_rejects_hostile_answers(header):
    message = safe_codec.pack(header, [b"12345678"])
    decoded_header, buffers = safe_codec.unpack(message)
    with pytest.raises(safe_codec.UnreadableResult):
        safe_codec.decode(decoded_header["value"], buffers)


def test_decoder_rebuilds_exact_types():
    class Liar(float):
        def __eq__(self, other):
            return True

        __hash__ = float.__hash__

    message = safe_codec.pack(*safe_codec.encode((Liar(0.5), {Liar(1.0)})))
    header, buffers = safe_codec.unpack(message)
    value = safe_codec.decode(header["value"], buffers)
    assert type(value[0]) is float and value[0] != 0.25
    assert all(type(x) is float for x in value[1])
