# correct: pandas string methods, value_counts and a two-key sort_values
import unicodedata

import pandas as pd


def repeat_recallers(recalls, min_notices=2):
    """Normalised firm names with at least min_notices notices, most frequent first."""
    names = recalls["company_name"].astype("object").dropna().astype(str)
    names = names.map(
        lambda s: "".join(
            c if c.isalnum() else " " for c in unicodedata.normalize("NFKC", s).casefold()
        )
    )
    names = names.str.split().str.join(" ")
    names = names[names != ""]
    table = names.value_counts().rename_axis("company").reset_index(name="notices")
    table = table[table["notices"] >= min_notices].sort_values(
        ["notices", "company"], ascending=[False, True]
    )
    return pd.Series(
        table["notices"].astype("int64").to_numpy(),
        index=pd.Index(table["company"].tolist(), name="company"),
        name="notices",
    )
