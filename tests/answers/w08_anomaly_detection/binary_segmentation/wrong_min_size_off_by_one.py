# wrong: the last admissible split is excluded (range stops one short), so a segment of exactly min_size at the end is never cut off.
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
        a, b = todo.pop()
        best, where = -math.inf, None
        for t in range(a + min_size, b - min_size):
            g = cost(a, b) - cost(a, t) - cost(t, b)
            if g > best:
                best, where = g, t
        if where is not None and best > penalty:
            found.append(where)
            todo += [(a, where), (where, b)]
    return sorted(found)
