# wrong: finds the best single split but never splits the two halves again.
import math

import numpy as np


def binary_segmentation(counts, penalty, min_size=2):
    """Change points of a count series by binary segmentation with the Poisson segment cost."""
    if penalty <= 0 or min_size < 1:
        raise ValueError("bad parameters")
    x = np.asarray(counts, dtype=float)
    total = np.concatenate([[0.0], np.cumsum(x)])

    def cost(a, b):
        s = total[b] - total[a]
        return 2 * (s - s * math.log(s / (b - a))) if s > 0 else 0.0

    best, where = -math.inf, None
    for t in range(min_size, len(x) - min_size + 1):
        g = cost(0, len(x)) - cost(0, t) - cost(t, len(x))
        if g > best:
            best, where = g, t
    return [where] if where is not None and best > penalty else []
