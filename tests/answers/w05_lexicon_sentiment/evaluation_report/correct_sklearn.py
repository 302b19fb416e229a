# Correct: scikit-learn's functions, with the checks and the undefined kappa handled explicitly.
import warnings

import numpy as np
from sklearn.metrics import cohen_kappa_score, confusion_matrix, f1_score


def evaluation_report(y_true, y_pred, labels):
    """Confusion matrix (rows true, columns predicted), accuracy, macro-F1 over labels, Cohen's kappa."""
    y_true, y_pred, labels = list(y_true), list(y_pred), list(labels)
    if len(y_true) != len(y_pred) or not y_true:
        raise ValueError("y_true and y_pred must be non-empty and of the same length")
    if len(set(labels)) != len(labels) or not set(y_true) | set(y_pred) <= set(labels):
        raise ValueError("labels must be distinct and cover every label used")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        matrix = confusion_matrix(y_true, y_pred, labels=labels)
        macro = f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0)
        kappa = cohen_kappa_score(y_true, y_pred, labels=labels)
    return {
        "confusion": matrix,
        "accuracy": float(np.trace(matrix) / matrix.sum()),
        "macro_f1": float(macro),
        "kappa": float(kappa),
    }
