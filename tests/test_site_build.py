"""The website's build steps without a browser: plan, notebook preparation, error policy, links."""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from course import build, notebooks, syllabus

PLAN = [
    "w01_orientation",
    "w02_centrality",
    "w03_communities",
    "w04_diffusion",
    "w05_lexicon_sentiment",
    "w06_sentiment_classifiers",
    "w07_stance_and_rumours",
    "w08_anomaly_detection",
    "w09_hawkes_early_warning",
    "w10_united_3411",
    "w11_jetblue_2007",
    "w12_product_recalls",
    "w13_capstone",
]


def test_syllabus_holds_the_13_week_plan_with_outcomes():
    plan = syllabus.load()
    assert [week.id for week in plan.weeks] == PLAN
    assert [module.heading for module in plan.modules] == [
        "Module 0: Orientation",
        "Module 1: Networks",
        "Module 2: Sentiment NLP",
        "Module 3: Statistical prediction and early warning",
        "Module 4: Case studies",
        "Capstone",
    ]
    for module in plan.modules:
        assert len(module.outcomes) >= 3, module.id
        assert module.readings and module.references


def test_syllabus_rejects_a_gap_in_the_weeks():
    raw = {
        "title": "t",
        "audience": "a",
        "prerequisites": ["p"],
        "grading": ["g"],
        "modules": [
            {
                "id": "m",
                "number": 0,
                "title": "M",
                "summary": "s",
                "outcomes": ["o"],
                "readings": ["r"],
                "references": ["x"],
                "weeks": [
                    {"id": "w01_a", "title": "A", "question": "?"},
                    {"id": "w03_c", "title": "C", "question": "?"},
                ],
            }
        ],
    }
    with pytest.raises(syllabus.SyllabusError, match="numbered 1..N"):
        syllabus.parse(raw)


def test_hidden_tests_are_cut_out_and_visible_ones_kept():
    source = (
        '"""Checks the sum."""\n'
        "assert add(1, 2) == 3, 'wrong sum'\n"
        "### BEGIN HIDDEN TESTS\n"
        "assert add(-1, 1) == 0\n"
        "### END HIDDEN TESTS\n"
    )
    assert notebooks.strip_hidden_tests(source) == (
        '"""Checks the sum."""\nassert add(1, 2) == 3, \'wrong sum\''
    )
    with pytest.raises(notebooks.NotebookBuildError):
        notebooks.strip_hidden_tests("### BEGIN HIDDEN TESTS\nassert True\n")


def test_a_release_notebook_with_a_solution_is_refused():
    leaked = new_notebook(cells=[new_code_cell("def f():\n    ### BEGIN SOLUTION\n    return 1")])
    with pytest.raises(notebooks.NotebookBuildError, match="smcm build"):
        notebooks.prepare(leaked, "student")
    # The solutions edition shows solutions but never the hidden tests.
    source = new_notebook(
        cells=[new_code_cell("x = 1\n### BEGIN HIDDEN TESTS\nsecret()\n### END HIDDEN TESTS")]
    )
    assert "secret" not in notebooks.prepare(source, "solutions").cells[0].source


def _week(tmp_path, cells) -> notebooks.WeekNotebook:
    folder = tmp_path / "release" / "w02_centrality"
    folder.mkdir(parents=True)
    path = folder / "w02_centrality.ipynb"
    nbformat.write(
        new_notebook(
            cells=cells,
            metadata={
                "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
            },
        ),
        path,
    )
    return notebooks.WeekNotebook("w02_centrality", path)


def test_student_edition_allows_only_the_stubs_not_implemented_error(tmp_path):
    week = _week(
        tmp_path,
        [
            new_markdown_cell("# Week 2"),
            new_code_cell("def degree(g):\n    raise NotImplementedError('not attempted')"),
            new_code_cell("degree(None)"),
            new_code_cell("print('after the stub')"),
        ],
    )
    executed = notebooks.execute(week, "student", cache_dir=tmp_path / "cache")
    error = executed.cells[2].outputs[0]
    assert error.ename == "NotImplementedError"
    assert error.traceback == [notebooks.STUB_NOTE]
    assert executed.cells[3].outputs[0].text == "after the stub\n"
    # The same error is not allowed where the solution should run.
    with pytest.raises(notebooks.NotebookBuildError, match="NotImplementedError"):
        notebooks.execute(week, "solutions", cache_dir=tmp_path / "cache")


def test_any_other_error_fails_the_build(tmp_path):
    week = _week(tmp_path, [new_code_cell("counts = {}\ncounts['united']")])
    with pytest.raises(notebooks.NotebookBuildError, match="KeyError"):
        notebooks.execute(week, "student", cache_dir=tmp_path / "cache")


def test_discovery_matches_folder_and_notebook_names(tmp_path):
    for rel in (
        "w02_centrality/w02_centrality.ipynb",
        "w03_communities/scratch.ipynb",
        "notes/notes.ipynb",
    ):
        (tmp_path / "release" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "release" / rel).write_text("{}")
    assert list(notebooks.discover("student", tmp_path)) == ["w02_centrality"]


def test_a_notebook_outside_the_plan_stops_the_build(tmp_path):
    folder = tmp_path / "release" / "w14_extra"
    folder.mkdir(parents=True)
    nbformat.write(new_notebook(), folder / "w14_extra.ipynb")
    with pytest.raises(SystemExit, match="w14_extra"):
        build.stage_notebooks(
            syllabus.load(), "student", tmp_path / "src", tmp_path, tmp_path / "cache"
        )


# myst-parser 5.2 uses Sphinx APIs that Sphinx 11 will remove; not this project's concern.
@pytest.mark.filterwarnings("ignore::PendingDeprecationWarning", "ignore::DeprecationWarning")
def test_a_broken_internal_link_fails_the_build(tmp_path):
    src = tmp_path / "src"
    build.stage("student", src)
    assert build.run_sphinx("student", src, tmp_path / "ok", tmp_path / "doctrees-ok") == 0
    with (src / "glossary.md").open("a", encoding="utf-8") as page:
        page.write("\nSee the [missing page](no-such-page.md).\n")
    assert build.run_sphinx("student", src, tmp_path / "html", tmp_path / "doctrees") != 0


def test_figures_are_captured_even_when_the_caller_uses_agg(tmp_path, monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")
    week = _week(
        tmp_path,
        [
            new_code_cell(
                "import matplotlib.pyplot as plt\nplt.plot([0, 1], [1, 0])\nplt.title('volume')"
            )
        ],
    )
    executed = notebooks.execute(week, "student", cache_dir=tmp_path / "cache")
    assert any("image/png" in out.get("data", {}) for out in executed.cells[0].outputs)
