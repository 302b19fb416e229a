# Wrong: clones the model once and refits that same copy for every group (a warm-starting model keeps state).
import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.metrics import f1_score


def leave_one_group_out(model, X, y, groups):
    """Macro-F1 on each group for a copy of model trained on all the other groups."""
    labels = np.asarray(y)
    group = np.asarray(groups)
    if not (X.shape[0] == labels.shape[0] == group.shape[0]):
        raise ValueError("X, y and groups differ in length")
    names = np.unique(group)
    if len(names) < 2:
        raise ValueError("fewer than two groups")
    copy = clone(model)
    rows = []
    for name in names:
        test = np.flatnonzero(group == name)
        train = np.flatnonzero(group != name)
        copy.fit(X[train], labels[train])
        pred = copy.predict(X[test])
        rows.append(
            {
                "group": name,
                "n": test.size,
                "macro_f1": f1_score(labels[test], pred, average="macro", zero_division=0),
            }
        )
    return pd.DataFrame(rows)
