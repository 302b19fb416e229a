# wrong: tests "class i" before "class ii"/"class iii", so Class II and III are read as Class I
import pandas as pd


def recall_class_summary(recalls):
    """Counts and within-agency shares of notices per agency and recall class."""

    def label(v):
        if not isinstance(v, str):
            return "unclassified"
        t = v.lower()
        if "public health alert" in t:
            return "PHA"
        for numeral in ("i", "ii", "iii"):
            if "class " + numeral in t:
                return numeral.upper()
        return "unclassified"

    frame = pd.DataFrame(
        {
            "agency": recalls["agency"].astype(str),
            "recall_class": recalls["recall_classification"].map(label).astype(str),
        }
    )
    out = frame.groupby(["agency", "recall_class"]).size().rename("n").reset_index()
    out["share"] = out["n"] / out.groupby("agency")["n"].transform("sum")
    return out
