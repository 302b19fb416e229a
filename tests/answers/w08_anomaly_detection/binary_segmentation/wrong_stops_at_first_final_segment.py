# wrong: stops the whole search as soon as one segment cannot be split, leaving the other pending segments unsplit.
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

    found, todo = [], [(0, len(x))]
    while todo:
        a, b = todo.pop(0)
        best, where = -math.inf, None
        for t in range(a + min_size, b - min_size + 1):
            g = cost(a, b) - cost(a, t) - cost(t, b)
            if g > best:
                best, where = g, t
        if where is None or best <= penalty:
            break
        found.append(where)
        todo += [(a, where), (where, b)]
    return sorted(found)
