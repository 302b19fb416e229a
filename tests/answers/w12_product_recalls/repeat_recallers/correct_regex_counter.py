# correct: a Unicode regex for non-alphanumerics and collections.Counter, sorted by (-count, name)
import re
import unicodedata
from collections import Counter

import pandas as pd


def repeat_recallers(recalls, min_notices=2):
    """Normalised firm names with at least min_notices notices, most frequent first."""
    counter = Counter()
    for name in recalls["company_name"]:
        if not isinstance(name, str):
            continue
        key = unicodedata.normalize("NFKC", name).casefold()
        key = re.sub(r"[\W_]+", " ", key).strip()
        if key:
            counter[key] += 1
    items = sorted(
        ((k, n) for k, n in counter.items() if n >= min_notices), key=lambda kv: (-kv[1], kv[0])
    )
    return pd.Series(
        [n for _, n in items],
        index=pd.Index([k for k, _ in items], name="company"),
        name="notices",
        dtype="int64",
    )
