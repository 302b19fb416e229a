# wrong: keeps the class as NaN for missing values, so groupby drops the unclassified notices
import re

import numpy as np
import pandas as pd


def recall_class_summary(recalls):
    """Counts and within-agency shares of notices per agency and recall class."""

    def label(v):
        if not isinstance(v, str):
            return np.nan
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
    out["share"] = out["n"] / out.groupby("agency")["n"].transform("sum")
    return out
