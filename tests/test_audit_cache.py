"""The audit cache and the course's audit records: a passed audit is reused only for exactly
the content it checked."""

from __future__ import annotations

import pytest

from autograder import audit_cache
from autograder.audit import AssignmentAudit, DifferentialRow, ExerciseAudit


@pytest.fixture
def course(tmp_path, monkeypatch):
    """A miniature course tree the key is computed over."""
    root = tmp_path / "course"
    for folder in ("source/w09_x", "release/w09_x", "source/answers/w09_x/ex", "autograder",
                   "datasets"):  # fmt: skip
        (root / folder).mkdir(parents=True)
    (root / "source/w09_x/w09_x.ipynb").write_text("{source}")
    (root / "release/w09_x/w09_x.ipynb").write_text("{release}")
    (root / "source/answers/w09_x/ex/correct_a.py").write_text("# a\n")
    (root / "autograder/audit.py").write_text("# the tool\n")
    (root / "jupyter_config.py").write_text("c = 1\n")
    paths = {
        "COURSE_ROOT": root,
        "SOURCE_DIR": root / "source",
        "RELEASE_DIR": root / "release",
        "ANSWERS_DIR": root / "source/answers",
        "CONFIG_FILE": root / "jupyter_config.py",
        "MUTATION_ALLOWLIST": root / "source/mutation_allowlist.toml",
        "AUDIT_RECORDS_DIR": root / "tests/audit_records",
    }
    for name, value in paths.items():
        monkeypatch.setattr(audit_cache, name, value)
    monkeypatch.setenv("SMCM_AUDIT_CACHE", str(tmp_path / "cache"))
    return root


def passed_audit() -> AssignmentAudit:
    return AssignmentAudit(
        "w09_x",
        exercises=[ExerciseAudit("ex", 2.0, killed=5, total=5)],
        source_score=2.0,
        max_score=2.0,
        differential=[DifferentialRow("reference", cells=1, nbgrader_score=2.0, engine_score=2.0)],
    )


def test_a_passed_audit_is_reused_for_the_same_content(course):
    key = audit_cache.audit_key("w09_x", mutation=True)
    audit_cache.store(passed_audit(), key, full=True)
    again = audit_cache.load("w09_x", key)
    assert again is not None and again.cached
    assert again.exercises == passed_audit().exercises
    assert again.differential == passed_audit().differential


@pytest.mark.parametrize(
    "changed",
    [
        "source/w09_x/w09_x.ipynb",
        "release/w09_x/w09_x.ipynb",
        "source/answers/w09_x/ex/correct_a.py",
        "autograder/audit.py",
        "jupyter_config.py",
    ],  # fmt: skip
)
def test_any_change_to_what_was_checked_is_a_miss(course, changed):
    key = audit_cache.audit_key("w09_x", mutation=True)
    audit_cache.store(passed_audit(), key, full=True)
    (course / changed).write_text((course / changed).read_text() + " ")
    new_key = audit_cache.audit_key("w09_x", mutation=True)
    assert new_key != key and audit_cache.load("w09_x", new_key) is None
    assert audit_cache.audit_key("w09_x", mutation=False) != new_key


def test_only_the_weeks_own_allow_list_entries_change_its_key(course):
    entry = 'assignment = "{}"\nexercise = "ex"\nmutant = "m"\nreason = "r"\n'
    allow = course / "source/mutation_allowlist.toml"
    allow.write_text("[[equivalent]]\n" + entry.format("w09_x"))
    key = audit_cache.audit_key("w09_x", mutation=True)
    allow.write_text(allow.read_text() + "\n[[equivalent]]\n" + entry.format("w10_other"))
    assert audit_cache.audit_key("w09_x", mutation=True) == key
    allow.write_text(allow.read_text().replace('mutant = "m"', 'mutant = "n"', 1))
    assert audit_cache.audit_key("w09_x", mutation=True) != key


def test_only_data_layer_modules_the_week_can_import_change_its_key(course):
    package = course / "datasets"
    (package / "__init__.py").write_text("from .loader import load\n")
    (package / "loader.py").write_text("from . import registry\n")
    (package / "registry.py").write_text("# registry\n")
    (package / "scenario.py").write_text("from . import hawkes\nfrom .texts import compose\n")
    (package / "hawkes.py").write_text("# fit\n")
    (package / "texts.py").write_text("# words\n")
    key = audit_cache.audit_key("w09_x", mutation=True)
    for unreachable in ("scenario.py", "hawkes.py", "texts.py"):
        (package / unreachable).write_text((package / unreachable).read_text() + "# edit\n")
        assert audit_cache.audit_key("w09_x", mutation=True) == key, unreachable
    for reachable in ("__init__.py", "loader.py", "registry.py"):
        (package / reachable).write_text((package / reachable).read_text() + "# edit\n")
        assert audit_cache.audit_key("w09_x", mutation=True) != key, reachable
        key = audit_cache.audit_key("w09_x", mutation=True)
    # A week whose notebook uses the generator depends on it and on what it imports.
    (course / "source/w09_x/w09_x.ipynb").write_text(
        '{"source": "from smcm_data.scenario import generate"}'
    )
    key = audit_cache.audit_key("w09_x", mutation=True)
    for module in ("scenario.py", "hawkes.py", "texts.py"):
        (package / module).write_text((package / module).read_text() + "# again\n")
        assert audit_cache.audit_key("w09_x", mutation=True) != key, module
        key = audit_cache.audit_key("w09_x", mutation=True)


def test_the_real_weeks_reach_the_generator_only_if_they_use_it():
    uses = {w: {p.name for p in audit_cache._data_layer_files(w)} for w in audit_cache_weeks()}
    for week, files in uses.items():
        assert {"__init__.py", "loader.py", "registry.toml"} <= files, week
    assert "scenario.py" in uses.get("w08_anomaly_detection", {"scenario.py"})
    assert "scenario.py" not in uses.get("w01_orientation", set())


def audit_cache_weeks():
    from autograder.paths import assignments

    return assignments()


def test_a_datasheet_changes_no_key(course):
    key = audit_cache.audit_key("w09_x", mutation=True)
    (course / "datasets/datasheets").mkdir()
    (course / "datasets/datasheets/a.md").write_text("# prose\n")
    assert audit_cache.audit_key("w09_x", mutation=True) == key
    (course / "datasets/loader.py").write_text("# code\n")
    assert audit_cache.audit_key("w09_x", mutation=True) != key


def test_audits_with_problems_are_never_stored_and_broken_entries_are_misses(course):
    key = audit_cache.audit_key("w09_x", mutation=True)
    failed = passed_audit()
    failed.problems.append("the untouched student version scores 2, not 0")
    audit_cache.store(failed, key, full=True)
    assert audit_cache.load("w09_x", key) is None
    audit_cache.store(passed_audit(), key, full=True)
    (audit_cache.cache_dir() / f"w09_x-{key}.json").write_text("{not json")
    (course / "tests/audit_records/w09_x.json").write_text("{not json")
    assert audit_cache.load("w09_x", key) is None


def test_the_cache_can_be_switched_off(course, monkeypatch):
    monkeypatch.setenv("SMCM_AUDIT_CACHE", "off")
    key = audit_cache.audit_key("w09_x", mutation=True)
    audit_cache.store(passed_audit(), key, full=True)
    assert audit_cache.load("w09_x", key) is None


def test_a_full_audit_is_recorded_and_a_clean_clone_uses_the_record(course, tmp_path, monkeypatch):
    key = audit_cache.audit_key("w09_x", mutation=True)
    audit_cache.store(passed_audit(), key, full=True)
    assert (course / "tests/audit_records/w09_x.json").is_file()
    monkeypatch.setenv("SMCM_AUDIT_CACHE", str(tmp_path / "an empty cache"))  # another machine
    again = audit_cache.load("w09_x", key)
    assert again is not None and again.cached == "record"
    assert again.exercises == passed_audit().exercises


def test_a_record_of_other_content_is_ignored(course, tmp_path, monkeypatch):
    key = audit_cache.audit_key("w09_x", mutation=True)
    audit_cache.store(passed_audit(), key, full=True)
    monkeypatch.setenv("SMCM_AUDIT_CACHE", str(tmp_path / "an empty cache"))
    (course / "source/w09_x/w09_x.ipynb").write_text("{changed}")
    assert audit_cache.load("w09_x", audit_cache.audit_key("w09_x", mutation=True)) is None


def test_an_audit_without_mutation_analysis_is_never_recorded(course):
    key = audit_cache.audit_key("w09_x", mutation=False)
    audit_cache.store(passed_audit(), key, full=False)
    assert not (course / "tests/audit_records/w09_x.json").exists()
