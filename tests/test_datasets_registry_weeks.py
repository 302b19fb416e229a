"""The registry's `modules` list of each data set names exactly the weeks that load it."""

import nbformat
from smcm_data.registry import datasets

from autograder.paths import SOURCE_DIR, assignments, source_notebook
from course.datapages import datasets_loaded


def test_each_data_set_lists_exactly_the_weeks_whose_notebooks_load_it():
    loaded_by: dict[str, set[str]] = {}
    for week in assignments(SOURCE_DIR):
        for name in datasets_loaded(nbformat.read(source_notebook(week), as_version=4)):
            loaded_by.setdefault(name, set()).add(week)
    registry = datasets()
    unknown = sorted(set(loaded_by) - set(registry))
    assert not unknown, f"notebooks load data sets missing from registry.toml: {unknown}"
    wrong = {
        name: {"registry": sorted(entry.modules), "notebooks": sorted(loaded_by.get(name, ()))}
        for name, entry in registry.items()
        if set(entry.modules) != loaded_by.get(name, set())
    }
    assert not wrong, f"datasets/registry.toml `modules` disagree with the notebooks: {wrong}"
