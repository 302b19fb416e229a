# Correct alternative: N(t) + lambda(t+) / (beta (1 - n)), with the intensity after t summed in a loop.
import math


def expected_final_size(times, t, n, beta):
    """E[final size | history up to t] for an exponential-kernel Hawkes cascade without background."""
    if n < 0 or n >= 1 or beta <= 0:
        raise ValueError("need 0 <= n < 1 and beta > 0")
    seen = [s for s in times if s <= t]
    intensity_after = sum(n * beta * math.exp(-beta * (t - s)) for s in seen)
    return len(seen) + intensity_after / (beta * (1 - n))
