"""Every registered data set has a datasheet with the sections Gebru et al. ask for."""

import re
from pathlib import Path

import pytest
from smcm_data import registry

DATASHEETS = Path(registry.__file__).with_name("datasheets")
SECTIONS = [
    "Motivation",
    "Composition",
    "Collection and labelling",
    "Preprocessing done by the loader",
    "Known defects",
    "Sampling bias: who is not in the data",
    "Licence and attribution",
    "Appropriate and inappropriate uses",
    "Privacy",
]


@pytest.mark.parametrize("name", list(registry.datasets()))
def test_datasheet_complete(name):
    text = (DATASHEETS / f"{name}.md").read_text(encoding="utf-8")
    assert len(re.findall(r"^# ", text, flags=re.M)) == 1, "exactly one H1"
    headings = re.findall(r"^## (.+)$", text, flags=re.M)
    assert headings == SECTIONS
    assert f"smcm-data info {name}" in text
    assert not re.search(r"\b[0-9a-f]{64}\b", text), "checksums live only in registry.toml"


def test_no_orphan_datasheets():
    assert {p.stem for p in DATASHEETS.glob("*.md")} == set(registry.datasets())


def test_ua3411_datasheet_says_not_a_volume_series():
    text = (DATASHEETS / "united_flight3411_tweets_2017.md").read_text(encoding="utf-8")
    assert "**This is NOT a volume series.**" in text and "85.2%" in text
