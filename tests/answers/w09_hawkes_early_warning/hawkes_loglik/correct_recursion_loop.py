# Correct alternative: Ozaki's recursion R_i = exp(-beta dt) (1 + R_{i-1}) in a plain Python loop.
import math


def hawkes_loglik(times, end, mu, n, beta):
    """Exact log-likelihood of sorted event times on [0, end] under the exponential-kernel Hawkes process."""
    total = -mu * end
    r = 0.0
    previous = None
    for t in times:
        if previous is not None:
            r = math.exp(-beta * (t - previous)) * (1.0 + r)
        total += math.log(mu + n * beta * r) - n * (1.0 - math.exp(-beta * (end - t)))
        previous = t
    return float(total)
