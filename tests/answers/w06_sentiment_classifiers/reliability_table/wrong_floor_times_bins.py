# Wrong: bin = floor(p * n_bins) (left-closed, and p = 1 clipped into the last bin).
import numpy as np
import pandas as pd


def reliability_table(y_true, prob, n_bins=10):
    """Mean predicted probability, observed frequency and count per non-empty bin (right-closed bins)."""
    o = np.asarray(y_true).astype(float)
    p = np.asarray(prob, dtype=float)
    if len(o) != len(p) or len(p) == 0 or np.isnan(p).any() or (p < 0).any() or (p > 1).any():
        raise ValueError("bad input")
    if not np.isin(o, [0, 1]).all() or n_bins < 1:
        raise ValueError("bad input")
    which = np.minimum((p * n_bins).astype(int), n_bins - 1)
    rows = [
        (b, p[which == b].mean(), o[which == b].mean(), int((which == b).sum()))
        for b in np.unique(which)
    ]
    return pd.DataFrame(rows, columns=["bin", "mean_predicted", "fraction_positive", "count"])
