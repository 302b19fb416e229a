"""Build the course website: `python -m course.build [--edition student|solutions] [--out DIR]`.

1. Stage a Sphinx source tree in course/_build/<edition>/src from course/syllabus.yml, the
   hand-written pages in course/content/, the notebooks discovered in release/ (student
   edition) or source/ (solutions edition), and datasets/registry.toml + datasheets.
2. Execute each notebook once, cached by content (see course/notebooks.py).
3. Run Sphinx with warnings as errors (nitpicky, keep going to report them all), so a broken
   internal link, a bad directive or a notebook that errors fails the build.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import nbformat

from . import datapages, figures, myths, notebooks
from .syllabus import Module, Syllabus, Week, load

COURSE_DIR = Path(__file__).resolve().parent
REPO_ROOT = COURSE_DIR.parent
CONF_DIR = COURSE_DIR / "site"
MATHJAX_DIR = COURSE_DIR / "node_modules" / "mathjax"
FIGURES_PER_WEEK = 2


@dataclass
class WeekRow:
    week: Week
    module: Module
    available: bool
    coming_note: str = ""
    figures: list[str] = field(default_factory=list)
    datasets: list[str] = field(default_factory=list)  # names the notebook loads

    @property
    def status(self) -> str:
        return "published" if self.available else "coming"


def _templates() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(COURSE_DIR / "templates"),
        undefined=jinja2.StrictUndefined,  # a typo in a template fails the build
        keep_trailing_newline=True,
    )


def stage_notebooks(
    syllabus: Syllabus, edition: str, src: Path, root: Path, cache_dir: Path
) -> list[WeekRow]:
    """Execute and copy the edition's notebooks; one row per week of the plan."""
    found = notebooks.discover(edition, root)
    planned = {week.id for week in syllabus.weeks}
    unplanned = sorted(set(found) - planned)
    if unplanned:
        raise SystemExit(
            f"notebooks for weeks not in course/syllabus.yml: {', '.join(unplanned)}; "
            "add them to the plan (its single home) or rename the folders"
        )
    written = notebooks.discover_sources(root)
    executed_by_week = execute_all(found, edition, cache_dir)
    rows = []
    for week in syllabus.weeks:
        row = WeekRow(week, syllabus.module_of(week.id), available=week.id in found)
        if row.available:
            executed = executed_by_week[week.id]
            nbformat.write(executed, src / "notebooks" / f"{week.id}.ipynb")
            row.datasets = datapages.datasets_loaded(executed)
            for k, png in enumerate(figures.notebook_pngs(executed, FIGURES_PER_WEEK), 1):
                name = f"{week.id}-{k}.png"
                (src / "_figures" / name).write_bytes(png)
                row.figures.append(name)
        elif week.id in written:
            row.coming_note = (
                "The notebook is written and comes out with the next release "
                "(`smcm build` generates it)."
            )
        else:
            row.coming_note = (
                "The notebook is being written; the plan, outcomes and readings stand."
            )
        rows.append(row)
    return rows


def execute_all(found: dict, edition: str, cache_dir: Path) -> dict[str, nbformat.NotebookNode]:
    """Every found notebook executed (or taken from the cache), one kernel per core at a time:
    the build grows with the number of weeks, and each kernel is its own process."""

    def run(week_id: str) -> nbformat.NotebookNode:
        print(f"  notebook {week_id} ({edition})", flush=True)
        return notebooks.execute(found[week_id], edition, cache_dir)

    workers = max(1, min(len(found), len(os.sched_getaffinity(0))))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return dict(zip(found, pool.map(run, found), strict=True))


def stage_data(src: Path, root: Path, render, rows: list[WeekRow]) -> list[datapages.DataEntry]:
    """Datasheet pages and the data index; "used in" comes from the notebooks' load() calls."""
    datasets_dir = root / "datasets"
    entries = datapages.registry_entries(datasets_dir)
    by_name = {entry.name: entry for entry in entries}
    sheets = datapages.datasheet_names(datasets_dir)
    for name in sheets:
        text = (datasets_dir / "datasheets" / f"{name}.md").read_text(encoding="utf-8")
        page = datapages.datasheet_page(text, by_name.get(name), name)
        (src / "data" / f"{name}.md").write_text(page, encoding="utf-8")
    missing = [entry.name for entry in entries if not entry.has_sheet]
    used_in = {entry.name: [row for row in rows if entry.name in row.datasets] for entry in entries}
    render(
        "data.md.j2",
        src / "data" / "index.md",
        datasets=entries,
        sheets=sheets,
        missing_sheets=missing,
        used_in=used_in,
    )
    return entries


def stage(
    edition: str, src: Path, root: Path = REPO_ROOT, cache_dir: Path = notebooks.CACHE_DIR
) -> None:
    """Write the whole Sphinx source tree for `edition` into `src` (emptied first)."""
    syllabus = load()
    if src.exists():
        shutil.rmtree(src)
    for sub in ("notebooks", "_figures", "modules", "data"):
        (src / sub).mkdir(parents=True)
    env = _templates()

    def render(template: str, target: Path, **context) -> None:
        text = env.get_template(template).render(edition=edition, syllabus=syllabus, **context)
        target.write_text(text, encoding="utf-8")

    rows = stage_notebooks(syllabus, edition, src, root, cache_dir)
    available = {row.week.id for row in rows if row.available}
    entries = stage_data(src, root, render, rows)
    figures.plan_figure(syllabus, available, src / "_figures" / "plan.png")
    for module in syllabus.modules:
        figures.plan_figure(
            syllabus, available, src / "_figures" / f"plan-{module.id}.png", highlight=module.id
        )
        module_rows = [row for row in rows if row.module.id == module.id]
        render(
            "module.md.j2",
            src / "modules" / f"{module.id}.md",
            module=module,
            weeks=module_rows,
            notebooks=[row.week.id for row in module_rows if row.available],
            datasets=[
                e
                for e in entries
                if e.has_sheet and any(e.name in row.datasets for row in module_rows)
            ],
        )
    render("index.md.j2", src / "index.md", plan=rows)
    for page in sorted((COURSE_DIR / "content").glob("*.md")):
        shutil.copy2(page, src / page.name)
    collected = [
        (row.week.id, row.week.title, nbformat.read(src / "notebooks" / f"{row.week.id}.ipynb", 4))
        for row in rows
        if row.available
    ]
    myths_page = src / "myths.md"
    myths_page.write_text(
        myths.page(myths_page.read_text(encoding="utf-8"), collected), encoding="utf-8"
    )


def run_sphinx(edition: str, src: Path, out: Path, doctrees: Path) -> int:
    from sphinx.cmd.build import build_main

    args = [
        "-W",
        "--keep-going",
        "-n",
        "-q",
        "-b",
        "html",
        "-c",
        str(CONF_DIR),
        "-d",
        str(doctrees),
        str(src),
        str(out),
    ]
    if edition == "solutions":
        args[:0] = ["-t", "solutions"]
    return build_main(args)


def build(edition: str, out: Path | None = None, fresh: bool = False) -> Path:
    if not (MATHJAX_DIR / "tex-chtml.js").is_file():
        raise SystemExit(
            "MathJax is missing: run `npm ci --prefix course` (the site serves "
            "MathJax itself so that formulas render offline)"
        )
    # Staging and doctrees go beside the output, so builds into different folders never clash.
    out = (out or COURSE_DIR / "_build" / edition / "html").resolve()
    work = out.parent / f"{out.name}-work"
    cache_dir = notebooks.CACHE_DIR
    if fresh and cache_dir.exists():
        shutil.rmtree(cache_dir)
    print(f"staging the {edition} edition in {work / 'src'}", flush=True)
    stage(edition, work / "src", cache_dir=cache_dir)
    if out.exists():
        shutil.rmtree(out)  # no stale pages from a previous build
    print(f"building HTML into {out}", flush=True)
    if run_sphinx(edition, work / "src", out, work / "doctrees") != 0:
        raise SystemExit("sphinx-build failed: see the warnings above (they are errors here)")
    print(f"done: open {out / 'index.html'}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m course.build",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--edition",
        choices=notebooks.EDITIONS,
        default="student",
        help="student (release notebooks, no solutions; default) or solutions",
    )
    parser.add_argument(
        "--out", type=Path, help="output folder (default course/_build/<edition>/html)"
    )
    parser.add_argument(
        "--fresh", action="store_true", help="empty the notebook execution cache first"
    )
    args = parser.parse_args(argv)
    try:
        build(args.edition, args.out, args.fresh)
    except notebooks.NotebookBuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
