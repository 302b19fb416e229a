# correct: plain dictionaries, the numeral read from the token after "class"
import pandas as pd


def recall_class_summary(recalls):
    """Counts and within-agency shares of notices per agency and recall class."""
    counts = {}
    for agency, value in zip(recalls["agency"].tolist(), recalls["recall_classification"].tolist()):
        label = "unclassified"
        if isinstance(value, str):
            words = value.lower().replace("-", " ").split()
            if "public health alert" in " ".join(words):
                label = "PHA"
            else:
                for i, w in enumerate(words[:-1]):
                    if w == "class" and words[i + 1] in ("i", "ii", "iii"):
                        label = words[i + 1].upper()
                        break
        key = (str(agency), label)
        counts[key] = counts.get(key, 0) + 1
    totals = {}
    for (a, _), n in counts.items():
        totals[a] = totals.get(a, 0) + n
    return pd.DataFrame(
        [
            {"agency": a, "recall_class": c, "n": n, "share": n / totals[a]}
            for (a, c), n in counts.items()
        ],
        columns=["agency", "recall_class", "n", "share"],
    )
