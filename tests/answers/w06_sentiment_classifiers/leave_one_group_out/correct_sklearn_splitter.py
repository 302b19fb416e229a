# Correct alternative: scikit-learn's LeaveOneGroupOut splitter and index arrays.
import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.metrics import f1_score
from sklearn.model_selection import LeaveOneGroupOut


def leave_one_group_out(model, X, y, groups):
    """Macro-F1 on each group for a copy of model trained on all the other groups."""
    y, groups = np.asarray(y), np.asarray(groups)
    if X.shape[0] != len(y) or len(y) != len(groups):
        raise ValueError("lengths")
    if len(set(groups.tolist())) < 2:
        raise ValueError("one group")
    out = []
    for train, test in LeaveOneGroupOut().split(np.zeros(len(y)), y, groups):
        fitted = clone(model).fit(X[train], y[train])
        out.append(
            (
                groups[test[0]],
                len(test),
                f1_score(y[test], fitted.predict(X[test]), average="macro", zero_division=0),
            )
        )
    return pd.DataFrame(out, columns=["group", "n", "macro_f1"])
