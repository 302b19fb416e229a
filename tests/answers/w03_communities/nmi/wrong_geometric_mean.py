# Wrong: normalises by the geometric mean sqrt(H(A) H(B)) (Strehl & Ghosh), not the arithmetic mean.
import math
from collections import Counter


def nmi(labels_a, labels_b):
    """Normalised mutual information (arithmetic mean of entropies) between two labellings."""
    if set(labels_a) != set(labels_b):
        raise ValueError("different items")
    n = len(labels_a)
    size_a, size_b = Counter(labels_a.values()), Counter(labels_b.values())
    if len(size_a) <= 1 and len(size_b) <= 1:
        return 1.0
    table = Counter((labels_a[i], labels_b[i]) for i in labels_a)
    mutual = sum(c / n * math.log(n * c / (size_a[x] * size_b[y])) for (x, y), c in table.items())
    h_a = -sum(a / n * math.log(a / n) for a in size_a.values())
    h_b = -sum(b / n * math.log(b / n) for b in size_b.values())
    if h_a == 0 or h_b == 0:
        return 0.0
    return float(max(mutual, 0.0) / math.sqrt(h_a * h_b))
