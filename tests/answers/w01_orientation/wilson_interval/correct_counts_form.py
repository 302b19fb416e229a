# correct: the same interval written in counts, (k + z^2/2)/(n + z^2) +- z sqrt(n)/(n + z^2) sqrt(p(1-p) + z^2/4n)
import math


def wilson_interval(k, n, z=1.959963984540054):
    """Wilson score interval (low, high) for k successes out of n trials."""
    if n <= 0:
        raise ValueError("n must be positive")
    if k < 0 or k > n:
        raise ValueError("k must lie between 0 and n")
    p = k / n
    centre = (k + z * z / 2) / (n + z * z)
    half = z * math.sqrt(n) / (n + z * z) * math.sqrt(p * (1 - p) + z * z / (4 * n))
    return (centre - half, centre + half)
