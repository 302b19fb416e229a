# correct: solve the score test's quadratic a p^2 + b p + c = 0 with the textbook root formula
import math


def wilson_interval(k, n, z=1.959963984540054):
    """Wilson score interval (low, high) for k successes out of n trials."""
    if not (n > 0 and 0 <= k <= n):
        raise ValueError("need n > 0 and 0 <= k <= n")
    p = k / n
    a = 1 + z * z / n
    b = -(2 * p + z * z / n)
    c = p * p
    root = math.sqrt(max(b * b - 4 * a * c, 0.0))
    return ((-b - root) / (2 * a), (-b + root) / (2 * a))
