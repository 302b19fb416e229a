# Correct alternative: recursion on (start, end), direct segment sums, scipy's xlogy for 0 log 0 = 0.
import numpy as np
from scipy.special import xlogy


def binary_segmentation(counts, penalty, min_size=2):
    """Change points of a count series by binary segmentation with the Poisson segment cost."""
    if penalty <= 0:
        raise ValueError("penalty must be positive")
    if min_size < 1:
        raise ValueError("min_size must be at least 1")
    x = np.array(list(counts), dtype=float)

    def cost(seg):
        s = seg.sum()
        return float(2 * (s - xlogy(s, s / len(seg)))) if len(seg) else 0.0

    found = []

    def split(a, b):
        candidates = range(a + min_size, b - min_size + 1)
        if not candidates:
            return
        whole = cost(x[a:b])
        gains = [whole - cost(x[a:t]) - cost(x[t:b]) for t in candidates]
        best = int(np.argmax(gains))
        if gains[best] > penalty:
            t = candidates[best]
            found.append(t)
            split(a, t)
            split(t, b)

    split(0, len(x))
    return sorted(found)
