# Correct: pandas crosstab reindexed to the labels, precision and recall per class, then F1.
import math

import numpy as np
import pandas as pd


def evaluation_report(y_true, y_pred, labels):
    """Confusion matrix (rows true, columns predicted), accuracy, macro-F1 over labels, Cohen's kappa."""
    y_true, y_pred, labels = list(y_true), list(y_pred), list(labels)
    if len(y_true) != len(y_pred) or not y_true:
        raise ValueError("y_true and y_pred must be non-empty and of the same length")
    if len(set(labels)) != len(labels) or not set(y_true) | set(y_pred) <= set(labels):
        raise ValueError("labels must be distinct and cover every label used")
    table = pd.crosstab(pd.Series(y_true, dtype=object), pd.Series(y_pred, dtype=object))
    table = table.reindex(index=labels, columns=labels, fill_value=0).fillna(0).astype(int)
    matrix = table.to_numpy()
    n = matrix.sum()
    f1s = []
    for k in range(len(labels)):
        tp = matrix[k, k]
        predicted, actual = matrix[:, k].sum(), matrix[k, :].sum()
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    p_o = np.trace(matrix) / n
    p_e = sum(matrix[k, :].sum() * matrix[:, k].sum() for k in range(len(labels))) / n / n
    kappa = math.nan if p_e == 1 else (p_o - p_e) / (1 - p_e)
    return {
        "confusion": matrix,
        "accuracy": float(p_o),
        "macro_f1": float(np.mean(f1s)),
        "kappa": float(kappa),
    }
