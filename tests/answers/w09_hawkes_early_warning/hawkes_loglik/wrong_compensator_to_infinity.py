# Wrong: integrates each kernel to infinity (n per event), ignoring that the window ends at `end`.
import numpy as np


def hawkes_loglik(times, end, mu, n, beta):
    """Exact log-likelihood of sorted event times on [0, end] under the exponential-kernel Hawkes process."""
    times = np.asarray(times, dtype=float)
    scaled = beta * times
    running = np.logaddexp.accumulate(scaled)
    excitation = np.zeros(len(times))
    excitation[1:] = np.exp(running[:-1] - scaled[1:])
    return float(np.log(mu + n * beta * excitation).sum() - mu * end - n * len(times))
