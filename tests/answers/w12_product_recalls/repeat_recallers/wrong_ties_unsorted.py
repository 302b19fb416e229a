# wrong: orders by count only, leaving ties in order of first appearance
import re
import unicodedata

import pandas as pd


def repeat_recallers(recalls, min_notices=2):
    """Normalised firm names with at least min_notices notices, most frequent first."""
    keys = []
    for name in recalls["company_name"]:
        if isinstance(name, str):
            key = re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", name).casefold()).strip()
            if key:
                keys.append(key)
    counts = pd.Series(keys, dtype="object").value_counts(sort=False)
    counts = counts[counts >= min_notices].sort_values(ascending=False, kind="stable")
    return pd.Series(
        counts.to_numpy(dtype="int64"), index=pd.Index(counts.index, name="company"), name="notices"
    )
