"""The myths page: the hand-written corrections of course/content/myths.md, then every case
notebook's "What popular accounts get wrong" cell (a markdown cell tagged `myths`), so a
correction lives in one place, its notebook, and the site's page can never fall behind it."""

from __future__ import annotations

import re

import nbformat

MYTHS_TAG = "myths"
COLLECTED_HEADING = "## From the case notebooks"
_HEADING = re.compile(r"^(#{1,6})(\s)", re.MULTILINE)


def myth_cells(notebook: nbformat.NotebookNode) -> list[str]:
    """The markdown of the notebook's cells tagged `myths`, in notebook order."""
    return [
        cell.source
        for cell in notebook.cells
        if cell.cell_type == "markdown" and MYTHS_TAG in cell.get("metadata", {}).get("tags", [])
    ]


def _section(title: str, week_id: str, cells: list[str]) -> str:
    body = []
    for text in cells:
        lines = text.strip().splitlines()
        if lines and lines[0].lstrip().startswith("#"):
            lines = lines[1:]  # the cell's own title; the week's heading replaces it
        # The cell's inner headings sit under this page's "###" week heading.
        body.append(_HEADING.sub(lambda m: "#" * min(6, len(m[1]) + 2) + m[2], "\n".join(lines)))
    link = f"[the {week_id} notebook](notebooks/{week_id}.ipynb)"
    return f"### {title}\n\nFrom {link}.\n\n" + "\n\n".join(b.strip() for b in body) + "\n"


def page(hand_written: str, collected: list[tuple[str, str, nbformat.NotebookNode]]) -> str:
    """The myths page: the hand-written text, then one section per (week id, title, notebook)
    that has tagged cells, in the order given (the plan's)."""
    sections = [
        _section(title, week_id, cells)
        for week_id, title, notebook in collected
        if (cells := myth_cells(notebook))
    ]
    if not sections:
        return hand_written
    intro = (
        f"{COLLECTED_HEADING}\n\nEach case study ends its analysis with what popular accounts of "
        "the crisis get wrong, checked against the data in the notebook and the sources it "
        "cites. They are collected here from the notebooks themselves.\n"
    )
    return hand_written.rstrip() + "\n\n" + intro + "\n" + "\n".join(sections)
