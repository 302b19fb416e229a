"""release/ is exactly what `smcm build` makes from source/ (never edited by hand)."""

from __future__ import annotations

import json

import nbformat

from autograder.build import BuildError, check_release, check_source_is_clean
from autograder.paths import RELEASE_DIR, SOURCE_DIR, assignments


def test_release_is_in_sync_with_source():
    stale = check_release()
    assert stale == {}, f"run `smcm build`: out of date: {stale}"


def test_every_assignment_has_a_release():
    assert sorted(p.name for p in RELEASE_DIR.iterdir() if p.is_dir()) == assignments()


def test_source_notebooks_are_stored_without_outputs():
    for name in assignments():
        check_source_is_clean(SOURCE_DIR / name / f"{name}.ipynb")


def test_build_refuses_a_source_with_outputs(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1", execution_count=1)])
    path = tmp_path / "dirty.ipynb"
    path.write_text(json.dumps(nb))
    try:
        check_source_is_clean(path)
    except BuildError as error:
        assert "dirty.ipynb" in str(error) and "outputs" in str(error)
    else:
        raise AssertionError("a source notebook with outputs was accepted")
