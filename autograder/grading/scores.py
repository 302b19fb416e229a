"""Reading grades back: final scores from the gradebook (auto + manual), the engine's results
from autograded/, and what the source notebook tells students about each exercise."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nbgrader.api import MissingEntry

from ..notebook import BEGIN_HIDDEN, END_HIDDEN, AssignmentNotebook, region_lines
from ..paths import source_notebook
from .course import GradingCourse
from .gradebook import open_gradebook

# | 1. Tweets per airline and day | `test_tweets_per_airline_day` | 2 |
LABELLED_ROW = re.compile(r"^\|\s*(?P<label>[^|]*?)\s*\|\s*`(?P<grade_id>[A-Za-z0-9_]+)`\s*\|")


@dataclass
class CellScore:
    grade_id: str
    max_score: float
    auto_score: float | None
    manual_score: float | None
    needs_manual_grade: bool
    comment: str = ""  # the grader's comment from formgrader (written for the student)

    @property
    def score(self) -> float | None:
        """nbgrader's rule: a manual score overrides the automatic one."""
        return self.manual_score if self.manual_score is not None else self.auto_score


@dataclass
class SubmissionScores:
    student: str
    cells: list[CellScore] = field(default_factory=list)
    late_penalty: float = 0.0  # nbgrader's late_submission_penalty, taken off the total

    @property
    def raw_total(self) -> float:
        return sum(c.score or 0.0 for c in self.cells)

    @property
    def total(self) -> float:
        return self.raw_total - self.late_penalty

    @property
    def max_total(self) -> float:
        return sum(c.max_score for c in self.cells)

    @property
    def needs_manual_grade(self) -> bool:
        return any(c.needs_manual_grade for c in self.cells)


def gradebook_scores(course: GradingCourse, assignment: str) -> dict[str, SubmissionScores]:
    """{student: scores} for every submission of `assignment` in the gradebook."""
    found = {}
    with open_gradebook(course) as gradebook:
        try:
            submissions = gradebook.find_assignment(assignment).submissions
        except MissingEntry:
            return {}
        for submission in submissions:
            scores = SubmissionScores(submission.student.id)
            scores.late_penalty = float(submission.late_submission_penalty or 0.0)
            for notebook in submission.notebooks:
                comments = {c.name: c.manual_comment or "" for c in notebook.comments}
                for grade in notebook.grades:
                    scores.cells.append(
                        CellScore(
                            grade.name,
                            float(grade.max_score),
                            grade.auto_score,
                            grade.manual_score,
                            bool(grade.needs_manual_grade),
                            comments.get(grade.name, ""),
                        )
                    )
            found[scores.student] = scores
    return found


def gradebook_assignments(course: GradingCourse) -> list[str]:
    with open_gradebook(course) as gradebook:
        return sorted(a.name for a in gradebook.assignments)


def exercise_labels(course: GradingCourse, assignment: str) -> dict[str, str]:
    """{grade_id: "1. Tweets per airline and day"} from the points table students see."""
    notebook = AssignmentNotebook.read(source_notebook(assignment, course.source_dir))
    first = next((c for c in notebook.nb.cells if c.cell_type == "markdown"), None)
    labels = {}
    for line in (first.source if first else "").splitlines():
        if match := LABELLED_ROW.match(line.strip()):
            labels[match["grade_id"]] = match["label"].strip("* ")
    return labels


def assignment_title(course: GradingCourse, assignment: str) -> str:
    """The source notebook's first heading, e.g. "Week 1 · Orientation: how the course works"."""
    notebook = AssignmentNotebook.read(source_notebook(assignment, course.source_dir))
    for cell in notebook.nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return assignment


def hidden_test_lines(course: GradingCourse, assignment: str) -> set[str]:
    """Every non-trivial line of every hidden test, to keep them out of anything students see."""
    notebook = AssignmentNotebook.read(source_notebook(assignment, course.source_dir))
    lines = set()
    for cell in notebook.test_cells:
        for line in region_lines(cell.source, BEGIN_HIDDEN, END_HIDDEN):
            stripped = line.strip()
            if len(stripped) >= 12 and not stripped.startswith("#"):
                lines.add(stripped)
    return lines
