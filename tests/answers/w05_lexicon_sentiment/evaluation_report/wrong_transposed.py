# Wrong: rows are the predicted labels and columns the true ones.
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
        matrix[index[p], index[t]] += 1
    n = matrix.sum()
    hits = np.diag(matrix).astype(float)
    denominator = matrix.sum(axis=0) + matrix.sum(axis=1)
    f1 = np.divide(2 * hits, denominator, out=np.zeros(k), where=denominator > 0)
    observed = hits.sum() / n
    expected = float((matrix.sum(axis=1) * matrix.sum(axis=0)).sum()) / n**2
    kappa = (observed - expected) / (1 - expected) if expected < 1 else float("nan")
    return {
        "confusion": matrix,
        "accuracy": float(observed),
        "macro_f1": float(f1.mean()),
        "kappa": float(kappa),
    }
