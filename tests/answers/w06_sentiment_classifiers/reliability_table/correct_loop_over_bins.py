# Correct alternative: a plain loop over bins with explicit right-closed comparisons.
import numpy as np
import pandas as pd


def reliability_table(y_true, prob, n_bins=10):
    """Mean predicted probability, observed frequency and count per non-empty bin (right-closed bins)."""
    o = np.asarray(y_true)
    p = np.asarray(prob, dtype=float)
    if len(o) != len(p) or len(p) == 0:
        raise ValueError("empty or unequal")
    if np.any(~((p >= 0) & (p <= 1))):
        raise ValueError("probability outside [0, 1]")
    if np.any((o != 0) & (o != 1)):
        raise ValueError("outcome not 0/1")
    if n_bins < 1:
        raise ValueError("n_bins")
    edges = np.linspace(0, 1, n_bins + 1)
    rows = []
    for b in range(n_bins):
        lower_ok = p > edges[b] if b > 0 else p >= 0
        inside = lower_ok & (p <= edges[b + 1]) if b < n_bins - 1 else lower_ok
        if inside.any():
            rows.append((b, p[inside].mean(), o[inside].astype(float).mean(), int(inside.sum())))
    return pd.DataFrame(rows, columns=["bin", "mean_predicted", "fraction_positive", "count"])
