# Wrong: indexes the labels with sorted(set(...)), which fails when labels mix strings and integers.
import numpy as np


def nmi(labels_a, labels_b):
    """Normalised mutual information (arithmetic mean of entropies) between two labellings."""
    if set(labels_a) != set(labels_b):
        raise ValueError("different items")
    values_a = sorted(set(labels_a.values()))
    values_b = sorted(set(labels_b.values()))
    if len(values_a) <= 1 and len(values_b) <= 1:
        return 1.0
    if len(values_a) <= 1 or len(values_b) <= 1:
        return 0.0
    table = np.zeros((len(values_a), len(values_b)))
    for i in labels_a:
        table[values_a.index(labels_a[i]), values_b.index(labels_b[i])] += 1
    p = table / table.sum()
    pa, pb = p.sum(axis=1), p.sum(axis=0)
    nz = p > 0
    mutual = (p[nz] * np.log(p[nz] / np.outer(pa, pb)[nz])).sum()
    h = -(pa * np.log(pa)).sum() - (pb * np.log(pb)).sum()
    return float(mutual / (h / 2))
