# correct: maps with an ordered list of regexes (III before II before I) and counts with value_counts
import re

import pandas as pd


def recall_class_summary(recalls):
    """Counts and within-agency shares of notices per agency and recall class."""
    rules = [
        (r"public health alert", "PHA"),
        (r"class\s+iii\b", "III"),
        (r"class\s+ii\b", "II"),
        (r"class\s+i\b", "I"),
    ]
    labels = []
    for value in recalls["recall_classification"].astype("object"):
        label = "unclassified"
        if not pd.isna(value):
            for pattern, name in rules:
                if re.search(pattern, str(value), flags=re.IGNORECASE):
                    label = name
                    break
        labels.append(label)
    pairs = pd.Series(list(zip(recalls["agency"].astype(str), labels)), dtype="object")
    counts = pairs.value_counts()
    rows = [(a, c, int(n)) for (a, c), n in counts.items()]
    out = pd.DataFrame(rows, columns=["agency", "recall_class", "n"])
    totals = out.groupby("agency")["n"].transform("sum") if len(out) else out["n"]
    out["share"] = out["n"] / totals
    return out
