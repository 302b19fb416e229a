"""The myths page: the introduction of course/content/myths.md (and any section written there),
then every case notebook's "What popular accounts get wrong" cell (a markdown cell tagged
`myths`), one section per week, so a correction lives in one place, its notebook, and the site's
page can never fall behind it."""

from __future__ import annotations

import nbformat

MYTHS_TAG = "myths"


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
        # The page's "##" week heading takes the cell title's place; inner headings keep theirs.
        body.append("\n".join(lines))
    link = f"[the {week_id} notebook](notebooks/{week_id}.ipynb)"
    return f"## {title}\n\nFrom {link}.\n\n" + "\n\n".join(b.strip() for b in body) + "\n"


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
    return hand_written.rstrip() + "\n\n" + "\n".join(sections)
