"""`smcm report`: a self-contained HTML class report for one assignment in reports/.

Per-exercise pass rates, the distribution of total scores, and the submissions that need a
human look (could not be graded, flagged by the engine, zero, timed out, hand grading still to
do). Figures are matplotlib PNGs embedded as base64, so the page is one file to mail around.
"""

from __future__ import annotations

import base64
import html
import io
import os
import statistics
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 -- after choosing the non-interactive backend

from .course import GradingCourse, write_atomic  # noqa: E402
from .grading_log import log_path  # noqa: E402
from .run import read_result  # noqa: E402
from .scores import assignment_title, exercise_labels, gradebook_scores  # noqa: E402


@dataclass
class Attention:
    student: str
    reasons: list[str]


def _png(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def pass_rates(records: dict[str, dict]) -> dict[str, tuple[int, int]]:
    """{grade_id: (full marks, graded)} over autograded cells; a failed submission counts as
    not passed for every exercise."""
    rates: dict[str, tuple[int, int]] = {}
    cells = {
        c["grade_id"]: c["max_score"]
        for r in records.values()
        for c in r["cells"]
        if c["score"] is not None
    }
    for grade_id, maximum in cells.items():
        passed = sum(
            any(c["grade_id"] == grade_id and c["score"] == maximum for c in r["cells"])
            for r in records.values()
        )
        rates[grade_id] = (passed, len(records))
    return rates


def needs_attention(records: dict[str, dict], totals: dict[str, float], pending: set[str]):
    found = []
    for student, record in sorted(records.items()):
        reasons = []
        if record["status"] != "graded":
            reasons.append("could not be graded")
        flags = record.get("flags", [])
        if any("timeout" in f.lower() or "time limit" in f.lower() for f in flags):
            reasons.append("timed out")
        if flags:
            reasons.append("flagged: " + "; ".join(flags))
        if totals.get(student, 0.0) == 0:
            reasons.append("zero score")
        if student in pending:
            reasons.append("hand grading to do")
        if reasons:
            found.append(Attention(student, reasons))
    return found


def build_report(course: GradingCourse, assignment: str) -> str:
    title = assignment_title(course, assignment)
    labels = exercise_labels(course, assignment)
    scores = gradebook_scores(course, assignment)
    records = {
        student: record
        for student in scores
        if (record := read_result(course, student, assignment)) is not None
    }
    totals = {student: s.total for student, s in scores.items()}
    max_total = max((s.max_total for s in scores.values()), default=0.0)
    pending = {student for student, s in scores.items() if s.needs_manual_grade}

    rates = pass_rates(records)
    names = list(rates)
    fig, ax = plt.subplots(figsize=(8, 0.45 * max(len(names), 3) + 1))
    shares = [100 * rates[n][0] / rates[n][1] if rates[n][1] else 0 for n in names]
    ax.barh([labels.get(n, n) for n in names], shares, color="#4c72b0")
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("submissions with full marks (%)")
    ax.set_ylabel("exercise")
    ax.set_title(f"{assignment}: pass rate per exercise (n = {len(records)})")
    pass_png = _png(fig)

    fig, ax = plt.subplots(figsize=(8, 3.5))
    values = list(totals.values())
    bins = max(int(max_total), 1)
    ax.hist(values, bins=bins, range=(0, max(max_total, 1)), color="#55a868", edgecolor="white")
    ax.set_xlabel(f"total score (points, out of {max_total:g})")
    ax.set_ylabel("number of submissions")
    ax.set_title(f"{assignment}: distribution of total scores")
    hist_png = _png(fig)

    attention = needs_attention(records, totals, pending)
    log_link = os.path.relpath(log_path(course, assignment), course.reports_dir)
    rate_rows = "\n".join(
        f"<tr><td>{html.escape(labels.get(n, n))}</td><td><code>{html.escape(n)}</code></td>"
        f"<td class=num>{rates[n][0]} / {rates[n][1]}</td><td class=num>{s:.0f}%</td></tr>"
        for n, s in zip(names, shares, strict=True)
    )
    attention_rows = "\n".join(
        f"<tr><td>{html.escape(a.student)}</td><td class=num>{totals.get(a.student, 0):g}</td>"
        f"<td>{html.escape('; '.join(a.reasons))}</td></tr>"
        for a in attention
    )
    summary = "no submissions yet"
    if values:
        summary = (
            f"{len(values)} submissions; mean {statistics.mean(values):.2f}, median "
            f"{statistics.median(values):g}, min {min(values):g}, max {max(values):g} "
            f"(out of {max_total:g})"
        )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}: class report</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }}
table {{ border-collapse: collapse; }} th, td {{ border: 1px solid #ccc; padding: .3rem .6rem; }}
td.num {{ text-align: right; }} img {{ max-width: 100%; }}
</style></head><body>
<h1>{html.escape(title)}: class report</h1>
<p>{html.escape(summary)}</p>
<h2>Pass rate per exercise</h2>
<img alt="Bar chart: share of submissions with full marks per exercise"
 src="data:image/png;base64,{pass_png}">
<table><thead><tr><th>Exercise</th><th>Grade id</th><th>Full marks</th><th>Rate</th></tr>
</thead><tbody>{rate_rows}</tbody></table>
<h2>Score distribution</h2>
<img alt="Histogram of total scores" src="data:image/png;base64,{hist_png}">
<p>What happened to each submission, and every error of the grader itself, is in the grading
log: <a href="{html.escape(log_link)}">{html.escape(log_link)}</a>.</p>
<h2>Submissions that need a human look ({len(attention)})</h2>
<table><thead><tr><th>Student</th><th>Total</th><th>Why</th></tr></thead>
<tbody>{attention_rows or "<tr><td colspan=3>none</td></tr>"}</tbody></table>
</body></html>
"""


def write_report(course: GradingCourse, assignment: str) -> Path:
    target = course.reports_dir / f"{assignment}.html"
    write_atomic(target, build_report(course, assignment))
    return target
