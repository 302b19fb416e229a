# Correct alternative: groups in order of first appearance, rows collected in a dict, pandas from_dict.
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
    order = list(pd.unique(group))
    if len(order) < 2:
        raise ValueError("fewer than two groups")
    table = {}
    for name in order:
        test = np.flatnonzero(group == name)
        train = np.flatnonzero(group != name)
        copy = clone(model)
        copy.fit(X[train], labels[train])
        pred = copy.predict(X[test])
        table[name] = {
            "n": test.size,
            "macro_f1": f1_score(labels[test], pred, average="macro", zero_division=0),
        }
    frame = pd.DataFrame.from_dict(table, orient="index")
    return frame.rename_axis("group").reset_index()
