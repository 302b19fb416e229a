# Wrong: n counts the training rows (the other groups) instead of the held-out group's rows.
import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.metrics import f1_score


def leave_one_group_out(model, X, y, groups):
    """Macro-F1 on each group for a copy of model trained on all the other groups."""
    y, groups = np.asarray(y), np.asarray(groups)
    if X.shape[0] != len(y) or len(y) != len(groups) or len(np.unique(groups)) < 2:
        raise ValueError("bad input")
    rows = []
    for g in np.unique(groups):
        mask = groups == g
        fitted = clone(model).fit(X[~mask], y[~mask])
        rows.append(
            {
                "group": g,
                "n": int((~mask).sum()),
                "macro_f1": f1_score(
                    y[mask], fitted.predict(X[mask]), average="macro", zero_division=0
                ),
            }
        )
    return pd.DataFrame(rows)
