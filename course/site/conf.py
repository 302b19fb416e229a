"""Sphinx configuration of the course website; the source tree is staged by course/build.py.

Build with `python -m course.build`; add `--edition solutions` for the solutions edition
(it passes `-t solutions` to Sphinx, which turns on the banner below).
"""

from __future__ import annotations

import shutil
from pathlib import Path

COURSE_DIR = Path(__file__).resolve().parent.parent
NODE_MODULES = COURSE_DIR / "node_modules"
SOLUTIONS = tags.has("solutions")  # noqa: F821 (Sphinx injects `tags` into conf.py)

project = "Mathematics of Social Media Crisis Management"
author = "the course team"
copyright = "2026, the course team"
html_title = project + (" (solutions edition)" if SOLUTIONS else "")

extensions = ["myst_nb"]
myst_enable_extensions = ["dollarmath", "amsmath", "colon_fence", "deflist"]
myst_heading_anchors = 3
# Jupyter renders "$$...$$" written inside a paragraph as display math; so must the site.
myst_dmath_double_inline = True
# course/build.py executes every notebook (cached) and checks its errors before Sphinx runs.
nb_execution_mode = "off"
nb_merge_streams = True
nitpicky = True
exclude_patterns = ["**/.ipynb_checkpoints"]

html_theme = "sphinx_book_theme"
html_static_path = ["_static"]
html_css_files = ["course.css"]
html_show_sourcelink = False
html_favicon = "_static/favicon.svg"  # without it browsers ask for /favicon.ico and get a 404
html_theme_options = {
    "show_toc_level": 2,
    "use_download_button": True,
    "home_page_in_toc": True,
}
if SOLUTIONS:
    html_theme_options["announcement"] = (
        "Solutions edition: this site contains the worked solutions of every exercise."
    )

# MathJax is served by the site itself (npm package `mathjax`, copied below), never a CDN:
# with the CDN default, formulas stay raw TeX for anyone offline.
mathjax_path = "mathjax/tex-chtml.js"
mathjax4_config = {"loader": {"paths": {"fonts": "[mathjax]/fonts"}}}
MATHJAX_PARTS = ["tex-chtml.js", "input", "output", "a11y", "ui", "sre", "LICENSE"]
FONT_PARTS = ["chtml.js", "chtml", "LICENSE"]


def copy_mathjax(app, exception) -> None:
    """Copy the MathJax components and the chtml font into _static/mathjax of the output."""
    if exception is not None or app.builder.format != "html":
        return
    target = Path(app.outdir) / "_static" / "mathjax"
    sources = [
        (NODE_MODULES / "mathjax", target, MATHJAX_PARTS),
        (
            NODE_MODULES / "@mathjax" / "mathjax-newcm-font",
            target / "fonts" / "mathjax-newcm-font",
            FONT_PARTS,
        ),
    ]
    for source, dest, parts in sources:
        for part in parts:
            path = source / part
            if path.is_dir():
                shutil.copytree(path, dest / part, dirs_exist_ok=True)
            elif path.is_file():
                dest.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, dest / part)
            elif part != "LICENSE":
                raise FileNotFoundError(f"{path}: run `npm ci --prefix course`")


def setup(app):
    app.connect("build-finished", copy_mathjax)
