# Correct alternative: I = H(A) + H(B) - H(A, B) with base-2 logarithms (NMI does not depend on the base).
import math
from collections import Counter


def nmi(labels_a, labels_b):
    """Normalised mutual information (arithmetic mean of entropies) between two labellings."""
    if set(labels_a) != set(labels_b):
        raise ValueError("different items")

    def entropy(counts):
        total = sum(counts)
        return -sum(c / total * math.log2(c / total) for c in counts if c)

    h_a = entropy(Counter(labels_a.values()).values())
    h_b = entropy(Counter(labels_b.values()).values())
    if h_a == 0 and h_b == 0:
        return 1.0
    h_ab = entropy(Counter((labels_a[i], labels_b[i]) for i in labels_a).values())
    mutual = max(h_a + h_b - h_ab, 0.0)
    return float(mutual / ((h_a + h_b) / 2))
