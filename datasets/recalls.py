"""US food recall notices (FDA and USDA FSIS), October 2024 - November 2025."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .typing_helpers import as_category

FILE = "food_safety_recalls.json"
# recall_reason is free text ("Salmonella", "Potential Foodborne Illness - Salmonella", ...).
# The first matching pattern names the hazard; the order puts pathogens before allergens.
HAZARDS = [
    ("listeria", r"listeria"),
    ("salmonella", r"salmonella"),
    ("e_coli", r"e\.?\s?coli|stec|shiga"),
    ("botulism", r"botulin"),
    ("other_pathogen", r"hepatitis|cyclospora|norovirus|vibrio|staph|bacillus|cronobacter"),
    ("allergen", r"allergen|undeclared|milk|egg|peanut|soy|wheat|sesame|tree nut|fish|shellfish"),
    ("foreign_material", r"foreign|metal|plastic|glass|rubber|bone|wood|rock"),
    ("chemical", r"lead|chemical|toxin|cadmium|arsenic|histamine|cesium|radionuclide|nitrite"),
]


def classify_hazard(reason: pd.Series) -> pd.Series:
    """One coarse hazard per notice from its free-text reason; 'other' if nothing matches."""
    result = pd.Series("other", index=reason.index, dtype="object")
    unassigned = pd.Series(True, index=reason.index)
    for hazard, pattern in HAZARDS:
        hit = unassigned & reason.fillna("").str.contains(pattern, case=False, regex=True)
        result[hit] = hazard
        unassigned &= ~hit
    return as_category(result, [h for h, _ in HAZARDS] + ["other"])


def load_recalls(path_of: Callable[[str], Path], *, raw: bool = False) -> pd.DataFrame:
    """339 recall notices, one row each.

    Cleaned: ``company_announce_dttm``, ``notification_dttm`` datetime64[UTC]; ``agency``
    (FDA, USDA), ``risk_level``, ``recall_classification``, ``recall_type`` category;
    ``impacted_states`` tuple of str; ``hazard`` category derived from the free-text
    ``recall_reason`` (listeria, salmonella, e_coli, botulism, other_pathogen, allergen,
    foreign_material, chemical, other), which stays unchanged beside it; text columns str.
    ``raw=True``: ``pd.DataFrame`` of the JSON records as they are.
    """
    records = json.loads(path_of(FILE).read_text(encoding="utf-8"))
    frame = pd.DataFrame.from_records(records)
    if raw:
        return frame
    for column in ["company_announce_dttm", "notification_dttm"]:
        frame[column] = pd.to_datetime(frame[column], utc=True, format="ISO8601")
    for column in ["agency", "risk_level", "recall_classification", "recall_type"]:
        frame[column] = as_category(frame[column])
    frame["hazard"] = classify_hazard(frame["recall_reason"])
    # tuples, not lists: a caller cannot change the loader's cached copy through them
    frame["impacted_states"] = frame["impacted_states"].map(tuple)
    return frame
