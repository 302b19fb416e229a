# Correct alternative: labels coded by first appearance (no sorting), contingency table in numpy.
import numpy as np


def nmi(labels_a, labels_b):
    """Normalised mutual information (arithmetic mean of entropies) between two labellings."""
    if labels_a.keys() != labels_b.keys():
        raise ValueError("different items")
    items = list(labels_a)
    code_a, code_b = {}, {}
    rows = np.array([code_a.setdefault(labels_a[i], len(code_a)) for i in items], dtype=int)
    cols = np.array([code_b.setdefault(labels_b[i], len(code_b)) for i in items], dtype=int)
    if len(code_a) <= 1 and len(code_b) <= 1:
        return 1.0
    if len(code_a) <= 1 or len(code_b) <= 1:
        return 0.0
    table = np.zeros((len(code_a), len(code_b)))
    np.add.at(table, (rows, cols), 1)
    p = table / len(items)
    pa, pb = p.sum(axis=1), p.sum(axis=0)
    nz = p > 0
    mutual = float((p[nz] * np.log(p[nz] / np.outer(pa, pb)[nz])).sum())
    h_a = -float((pa * np.log(pa)).sum())
    h_b = -float((pb * np.log(pb)).sum())
    return max(mutual, 0.0) / ((h_a + h_b) / 2)
