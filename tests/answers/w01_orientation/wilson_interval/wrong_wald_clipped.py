# wrong: the Wald interval p +- z sqrt(p(1-p)/n), clipped to [0, 1]
import math


def wilson_interval(k, n, z=1.959963984540054):
    """Wilson score interval (low, high) for k successes out of n trials."""
    if n <= 0 or k < 0 or k > n:
        raise ValueError("need 0 <= k <= n and n > 0")
    p = k / n
    half = z * math.sqrt(p * (1 - p) / n)
    return (max(0.0, p - half), min(1.0, p + half))
