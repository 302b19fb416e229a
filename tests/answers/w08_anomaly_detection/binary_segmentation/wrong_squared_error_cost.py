# wrong: the least-squares (L2) cost of a change in mean instead of the Poisson cost.
import numpy as np


def binary_segmentation(counts, penalty, min_size=2):
    """Change points of a count series by binary segmentation with the Poisson segment cost."""
    if penalty <= 0 or min_size < 1:
        raise ValueError("bad parameters")
    x = np.asarray(counts, dtype=float)

    def cost(a, b):
        seg = x[a:b]
        return float(((seg - seg.mean()) ** 2).sum()) if len(seg) else 0.0

    found, todo = [], [(0, len(x))]
    while todo:
        a, b = todo.pop()
        gains = [
            (cost(a, b) - cost(a, t) - cost(t, b), t) for t in range(a + min_size, b - min_size + 1)
        ]
        if gains:
            g, t = max(gains)
            if g > penalty:
                found.append(t)
                todo += [(a, t), (t, b)]
    return sorted(found)
