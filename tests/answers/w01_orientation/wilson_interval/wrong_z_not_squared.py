# wrong: writes z where the formula has z squared in the centre and the denominator
import math


def wilson_interval(k, n, z=1.959963984540054):
    """Wilson score interval (low, high) for k successes out of n trials."""
    if n <= 0 or k < 0 or k > n:
        raise ValueError("need 0 <= k <= n and n > 0")
    p = k / n
    denominator = 1 + z / n
    centre = (p + z / (2 * n)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - half, centre + half)
