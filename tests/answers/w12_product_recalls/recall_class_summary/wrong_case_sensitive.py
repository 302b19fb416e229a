# wrong: matches "Class" case-sensitively, so "class ii" or "CLASS III" become unclassified
import re

import pandas as pd


def recall_class_summary(recalls):
    """Counts and within-agency shares of notices per agency and recall class."""

    def label(v):
        if not isinstance(v, str):
            return "unclassified"
        if "Public Health Alert" in v:
            return "PHA"
        m = re.search(r"Class\s+(III|II|I)\b", v)
        return m.group(1) if m else "unclassified"

    frame = pd.DataFrame(
        {
            "agency": recalls["agency"].astype(str),
            "recall_class": [label(v) for v in recalls["recall_classification"]],
        }
    )
    out = frame.groupby(["agency", "recall_class"]).size().rename("n").reset_index()
    out["share"] = out["n"] / out.groupby("agency")["n"].transform("sum")
    return out
