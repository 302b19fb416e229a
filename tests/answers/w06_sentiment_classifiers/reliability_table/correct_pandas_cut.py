# Correct alternative: pandas.cut with right-closed intervals on the linspace edges, then a groupby.
import numpy as np
import pandas as pd


def reliability_table(y_true, prob, n_bins=10):
    """Mean predicted probability, observed frequency and count per non-empty bin (right-closed bins)."""
    if n_bins < 1:
        raise ValueError("n_bins")
    frame = (
        pd.DataFrame({"o": np.asarray(y_true), "p": np.asarray(prob, dtype=float)})
        if len(y_true) == len(prob)
        else None
    )
    if frame is None or len(frame) == 0:
        raise ValueError("lengths")
    if frame["p"].isna().any() or not frame["p"].between(0, 1).all():
        raise ValueError("probabilities")
    if not frame["o"].isin([0, 1]).all():
        raise ValueError("outcomes")
    edges = np.linspace(0, 1, n_bins + 1)
    edges[0] = -np.inf
    frame["bin"] = pd.cut(frame["p"], edges, right=True, labels=False)
    frame["o"] = frame["o"].astype(float)
    table = frame.groupby("bin").agg(
        mean_predicted=("p", "mean"), fraction_positive=("o", "mean"), count=("p", "size")
    )
    table = table.reset_index()
    table["bin"] = table["bin"].astype(int)
    return table[["bin", "mean_predicted", "fraction_positive", "count"]]
