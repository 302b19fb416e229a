"""Grade each mutant of each exercise against that exercise's test cell, cheaply.

The notebook's cells run once in a warm IPython shell. At each solution cell, every mutant is
graded in a forked copy of the process (so no mutant can disturb the next, and no kernel is
started per mutant): the child runs the mutated cell and the cells up to the exercise's test
cell, and reports whether the test passed. A child that runs past the time limit is killed and
its mutant counts as killed (an infinite loop is a failure a student would see too).

The independent answers in tests/answers/<assignment>/<exercise>/ are graded the same way:
each file replaces the solution cell; a `correct_*` answer must pass the test cell (outcome
"survived") and a `wrong_*` answer must fail it ("killed").
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .mutation import mutants
from .notebook import AssignmentNotebook
from .paths import answer_files, answer_kind


@dataclass
class MutantResult:
    exercise: str
    description: str
    outcome: str  # "killed", "survived", "timeout", "crashed"
    detail: str = ""
    kind: str = "mutant"  # or "correct" / "wrong": an answer file (description = its path)


def _shell():
    os.environ.setdefault("MPLBACKEND", "Agg")
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    shell.showtraceback = lambda *a, **k: None  # errors are read from the result, not printed
    shell.showsyntaxerror = lambda *a, **k: None
    return shell


def _run(shell, code: str):
    """Run one cell; return the exception it raised, or None."""
    result = shell.run_cell(code, store_history=False, silent=True)
    return result.error_before_exec or result.error_in_exec


def _quiet():
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)


def _grade_in_child(shell, cells: list[str], test_position: int) -> dict:
    """Run cells[0..test_position]; the verdict is whether the test cell (last) raised."""
    for position, code in enumerate(cells[: test_position + 1]):
        error = _run(shell, code)
        if position == test_position:
            if error is None:
                return {"outcome": "survived"}
            message = " ".join(str(error).split())[:300]
            return {
                "outcome": "killed",
                "detail": f"{type(error).__name__}: {message}" if message else type(error).__name__,
            }
    return {"outcome": "killed", "detail": "no test ran"}


def _fork_grade(shell, cells, test_position, time_limit) -> dict:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_fd)
        try:
            _quiet()
            verdict = _grade_in_child(shell, cells, test_position)
        except BaseException as exc:  # noqa: BLE001 -- anything the mutant does is a verdict
            verdict = {"outcome": "killed", "detail": type(exc).__name__}
        with contextlib.suppress(Exception):
            os.write(write_fd, json.dumps(verdict).encode())
        os._exit(0)
    os.close(write_fd)
    deadline = time.monotonic() + time_limit
    chunks = []
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                os.kill(pid, signal.SIGKILL)
                return {"outcome": "timeout", "detail": f"over {time_limit:g} s"}
            ready, _, _ = select.select([read_fd], [], [], remaining)
            if ready:
                chunk = os.read(read_fd, 65536)
                if not chunk:
                    break
                chunks.append(chunk)
    finally:
        os.close(read_fd)
        os.waitpid(pid, 0)
    if not chunks:
        return {"outcome": "crashed", "detail": "the process died"}
    return json.loads(b"".join(chunks))


def run_mutation_analysis(
    notebook_path: Path,
    time_limit: float = 10.0,
    only: set[str] | None = None,
    answers: dict[str, list[Path]] | None = None,
) -> tuple[list[MutantResult], dict[str, str]]:
    """(results for every mutant and answer file, {exercise: problem} where the unmutated
    baseline fails). `answers` is {exercise: [answer files]} (see paths.answer_files); files
    that are not named correct_*.py or wrong_*.py are skipped (the audit reports them)."""
    answers = {name: [Path(p).resolve() for p in files] for name, files in (answers or {}).items()}
    notebook = AssignmentNotebook.read(notebook_path)
    exercises = {e.solution.index: e for e in notebook.exercises if not only or e.name in only}
    code_cells = [(i, c.source) for i, c in enumerate(notebook.nb.cells) if c.cell_type == "code"]
    shell = _shell()
    previous_cwd = os.getcwd()
    os.chdir(notebook_path.parent)
    results: list[MutantResult] = []
    baseline_problems: dict[str, str] = {}
    try:
        for position, (index, source) in enumerate(code_cells):
            exercise = exercises.get(index)
            if exercise is not None:
                rest = [s for _, s in code_cells[position:]]
                test_position = next(
                    k for k, (i, _) in enumerate(code_cells[position:]) if i == exercise.test.index
                )
                baseline = _fork_grade(shell, rest, test_position, time_limit)
                if baseline["outcome"] != "survived":
                    baseline_problems[exercise.name] = (
                        f"the solution fails its own test here ({baseline.get('detail', '')})"
                    )
                else:
                    for mutant in mutants(source):
                        verdict = _fork_grade(
                            shell, [mutant.source, *rest[1:]], test_position, time_limit
                        )
                        results.append(MutantResult(exercise.name, mutant.description, **verdict))
                    for path in answers.get(exercise.name, []):
                        kind = answer_kind(path)
                        if kind is None:
                            continue
                        verdict = _fork_grade(
                            shell, [path.read_text(), *rest[1:]], test_position, time_limit
                        )
                        results.append(MutantResult(exercise.name, str(path), **verdict, kind=kind))
            _run(shell, source)
    finally:
        os.chdir(previous_cwd)
    return results, baseline_problems


def main() -> None:  # pragma: no cover -- used as a worker: python -m autograder.mutation_runner
    import sys

    path, limit = Path(sys.argv[1]), float(sys.argv[2])
    answers = answer_files(sys.argv[3], Path(sys.argv[4])) if len(sys.argv) > 4 else None
    results, problems = run_mutation_analysis(path, limit, answers=answers)
    print(json.dumps({"results": [asdict(r) for r in results], "baseline": problems}))


if __name__ == "__main__":
    main()
