# Correct alternative: ruptures' order (always split the segment with the largest gain next); same final set.
import math


def binary_segmentation(counts, penalty, min_size=2):
    """Change points of a count series by binary segmentation with the Poisson segment cost."""
    if not penalty > 0 or min_size < 1:
        raise ValueError("bad parameters")
    xs = [float(v) for v in counts]
    prefix = [0.0]
    for v in xs:
        prefix.append(prefix[-1] + v)

    def cost(a, b):
        s = prefix[b] - prefix[a]
        return 2 * (s - s * math.log(s / (b - a))) if s > 0 else 0.0

    def best_split(a, b):
        best = (-math.inf, None)
        for t in range(a + min_size, b - min_size + 1):
            g = cost(a, b) - cost(a, t) - cost(t, b)
            if g > best[0]:
                best = (g, t)
        return best

    edges = [0, len(xs)]
    while True:
        options = [(best_split(a, b), a, b) for a, b in zip(edges[:-1], edges[1:])]
        options = [o for o in options if o[0][1] is not None]
        if not options:
            break
        (gain, t), _, _ = max(options, key=lambda o: o[0][0])
        if gain <= penalty:
            break
        edges = sorted(edges + [t])
    return edges[1:-1]
