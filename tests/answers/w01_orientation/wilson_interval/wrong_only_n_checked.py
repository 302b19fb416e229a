# wrong: checks n but not that k lies between 0 and n (k > n gives an interval, not an error)
import math


def wilson_interval(k, n, z=1.959963984540054):
    """Wilson score interval (low, high) for k successes out of n trials."""
    if n <= 0:
        raise ValueError("n must be positive")
    p = k / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z / denominator * math.sqrt(max(p * (1 - p) / n + z * z / (4 * n * n), 0.0))
    return (centre - half, centre + half)
