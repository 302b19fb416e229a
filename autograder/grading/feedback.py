"""`smcm feedback`: one HTML page per student in feedback/<student>/<assignment>/.

Built only from the engine's student-safe messages (autograded/.../grading_result.json), the
scores and the graders' comments in the gradebook, and the public exercise titles. Unlike
nbgrader's generate_feedback (which copies hidden tests into the page: nbgrader issues #917,
#1363) it never renders the notebook, never reads files in the student's folder, and drops any
message that contains a line of a hidden test, as a second line of defence.
"""

from __future__ import annotations

import html
from pathlib import Path

from .course import GradingCourse, write_atomic
from .run import read_result
from .scores import (
    SubmissionScores,
    assignment_title,
    exercise_labels,
    gradebook_scores,
    hidden_test_lines,
)

HIDDEN_REPLACEMENT = "a hidden test failed"
MAX_MESSAGE_CHARS = 2000

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title}: feedback for {student}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #ccc; padding: .4rem .6rem; text-align: left; vertical-align: top; }}
td.num {{ text-align: right; white-space: nowrap; }}
.full {{ background: #eaf7ea; }} .part {{ background: #fff6e0; }} .none {{ background: #fdecea; }}
.note {{ color: #555; }}
</style></head>
<body>
<h1>{title}</h1>
<p>Feedback for <strong>{student}</strong>.
Score: <strong>{total} / {max_total}</strong>{pending}</p>
{notice}
<table>
<thead><tr><th>Exercise</th><th>Score</th><th>What the tests say</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<p class="note">Scores come from the course's tests; a hand-graded answer shows its score once
your instructor has marked it.</p>
</body></html>
"""


def safe_message(message: str, hidden_lines: set[str]) -> str:
    if any(line in message for line in hidden_lines):
        return HIDDEN_REPLACEMENT
    return message[:MAX_MESSAGE_CHARS]


def _number(value: float) -> str:
    return f"{value:g}"


def render_feedback(
    title: str,
    student: str,
    scores: SubmissionScores,
    record: dict,
    labels: dict[str, str],
    hidden_lines: set[str],
) -> str:
    messages = {c["grade_id"]: c.get("message", "") for c in record.get("cells", [])}
    rows = []
    for cell in scores.cells:
        label = labels.get(cell.grade_id, cell.grade_id)
        if cell.score is None:
            shown, css = f"– / {_number(cell.max_score)}", ""
            text = "to be graded by hand"
        else:
            shown = f"{_number(cell.score)} / {_number(cell.max_score)}"
            css = "full" if cell.score >= cell.max_score else "part" if cell.score > 0 else "none"
            text = safe_message(messages.get(cell.grade_id, ""), hidden_lines)
            if not text:
                text = "all tests passed" if css == "full" else ""
        if cell.comment:
            text = f"{text}\nGrader's comment: {cell.comment}".strip()
        rows.append(
            f'<tr class="{css}"><td>{html.escape(label)}</td><td class="num">{shown}</td>'
            f"<td>{html.escape(text).replace(chr(10), '<br>')}</td></tr>"
        )
    notice = ""
    if record.get("status") != "graded":
        notice = (
            "<p><strong>Your notebook could not be graded automatically.</strong> "
            "Your instructor has been told and will look at it.</p>"
        )
    pending = " (some answers are still to be graded by hand)" if scores.needs_manual_grade else ""
    return PAGE.format(
        title=html.escape(title),
        student=html.escape(student),
        total=_number(scores.total),
        max_total=_number(scores.max_total),
        pending=pending,
        notice=notice,
        rows="\n".join(rows),
    )


def write_feedback(course: GradingCourse, assignment: str) -> list[Path]:
    """Write (or refresh) the page of every graded student; return the pages written."""
    title = assignment_title(course, assignment)
    labels = exercise_labels(course, assignment)
    hidden = hidden_test_lines(course, assignment)
    written = []
    for student, scores in sorted(gradebook_scores(course, assignment).items()):
        record = read_result(course, student, assignment)
        if record is None:
            continue  # in the gradebook but not graded by smcm: nothing safe to say yet
        page = render_feedback(title, student, scores, record, labels, hidden)
        target = course.feedback_dir(student, assignment) / f"{assignment}.html"
        write_atomic(target, page)
        written.append(target)
    return written
