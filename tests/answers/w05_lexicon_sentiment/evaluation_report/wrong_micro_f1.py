# Wrong: micro-averaged F1 (equal to accuracy here) instead of the macro average.
import numpy as np


def evaluation_report(y_true, y_pred, labels):
    """Confusion matrix (rows true, columns predicted), accuracy, macro-F1 over labels, Cohen's kappa."""
    y_true, y_pred, labels = list(y_true), list(y_pred), list(labels)
    if len(y_true) != len(y_pred) or not y_true:
        raise ValueError("y_true and y_pred must be non-empty and of the same length")
    if len(set(labels)) != len(labels) or not set(y_true) | set(y_pred) <= set(labels):
        raise ValueError("labels must be distinct and cover every label used")
    index = {label: k for k, label in enumerate(labels)}
    k = len(labels)
    matrix = np.zeros((k, k), dtype=int)
    for t, p in zip(y_true, y_pred):
        matrix[index[t], index[p]] += 1
    n = matrix.sum()
    hits = np.diag(matrix).astype(float)
    observed = hits.sum() / n
    expected = float((matrix.sum(axis=1) * matrix.sum(axis=0)).sum()) / n**2
    kappa = (observed - expected) / (1 - expected) if expected < 1 else float("nan")
    return {
        "confusion": matrix,
        "accuracy": float(observed),
        "macro_f1": float(hits.sum() / n),
        "kappa": float(kappa),
    }
