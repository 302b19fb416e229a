"""The plan figure (13 weeks coloured by module) and the figures taken from executed notebooks."""

from __future__ import annotations

import base64
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display on build machines
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from .syllabus import Syllabus  # noqa: E402

COLOURS = ["#4C72B0", "#55A868", "#C44E52", "#8172B2", "#CCB974", "#64B5CD"]


def plan_figure(
    syllabus: Syllabus, available: set[str], path: Path, highlight: str | None = None
) -> None:
    """One block per week; faded when not published; dimmed outside `highlight` if given."""
    fig, ax = plt.subplots(figsize=(9, 2.2), dpi=130)
    for m_index, module in enumerate(syllabus.modules):
        colour = COLOURS[m_index % len(COLOURS)]
        for week in module.weeks:
            alpha = 1.0 if week.id in available else 0.35
            if highlight and module.id != highlight:
                alpha *= 0.25
            ax.barh(
                0,
                0.92,
                left=week.number - 0.46,
                height=0.8,
                color=colour,
                alpha=alpha,
                edgecolor="black" if module.id == highlight else "none",
            )
            ax.text(
                week.number,
                0,
                f"{week.number}",
                ha="center",
                va="center",
                color="white" if alpha > 0.5 else "black",
                fontsize=11,
                fontweight="bold",
            )
    ax.set_xlim(0.4, len(syllabus.weeks) + 0.6)
    ax.set_ylim(-0.6, 0.6)
    ax.set_yticks([])
    ax.set_xticks([])
    ax.set_xlabel("Week of the course (faded: notebook coming)", fontsize=10)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    handles = [
        Patch(color=COLOURS[i % len(COLOURS)], label=m.heading)
        for i, m in enumerate(syllabus.modules)
    ]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.5),
        ncol=3,
        frameon=False,
        fontsize=10,
    )
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, bbox_inches="tight")
    plt.close(fig)


def notebook_pngs(notebook, limit: int = 2) -> list[bytes]:
    """The first `limit` PNG figures in an executed notebook's outputs."""
    found = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" in data:
                found.append(base64.b64decode(data["image/png"]))
                if len(found) == limit:
                    return found
    return found
