# wrong: keeps names with more than min_notices notices instead of at least
import re
import unicodedata

import pandas as pd


def repeat_recallers(recalls, min_notices=2):
    """Normalised firm names with at least min_notices notices, most frequent first."""
    counts = {}
    for name in recalls["company_name"]:
        if not isinstance(name, str):
            continue
        key = re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", name).casefold()).strip()
        if key:
            counts[key] = counts.get(key, 0) + 1
    items = sorted(
        ((k, n) for k, n in counts.items() if n > min_notices), key=lambda kv: (-kv[1], kv[0])
    )
    return pd.Series(
        [n for _, n in items], index=pd.Index([k for k, _ in items], name="company"), name="notices"
    )
