# wrong: share of all notices instead of the share within the agency
import re

import pandas as pd


def recall_class_summary(recalls):
    """Counts and within-agency shares of notices per agency and recall class."""

    def label(v):
        if not isinstance(v, str):
            return "unclassified"
        t = v.lower()
        if "public health alert" in t:
            return "PHA"
        m = re.search(r"class\s+(iii|ii|i)\b", t)
        return m.group(1).upper() if m else "unclassified"

    frame = pd.DataFrame(
        {
            "agency": recalls["agency"].astype(str),
            "recall_class": [label(v) for v in recalls["recall_classification"]],
        }
    )
    out = frame.groupby(["agency", "recall_class"]).size().rename("n").reset_index()
    out["share"] = out["n"] / out["n"].sum()
    return out
