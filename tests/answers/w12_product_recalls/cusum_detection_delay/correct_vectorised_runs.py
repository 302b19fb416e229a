# correct: CUSUM loop, then alert starts found with numpy on the alarm vector
import math

import numpy as np


def cusum_detection_delay(counts, expected, onset, rho=2.0, h=5.0):
    """Detection delay (days) and false alerts of the Poisson CUSUM, with week 8's alert rules."""
    if rho <= 1 or h <= 0:
        raise ValueError("rho must exceed 1 and h must be positive")
    y = np.asarray(list(counts), dtype=float)
    mu = np.asarray(list(expected), dtype=float)
    if len(y) != len(mu):
        raise ValueError("lengths differ")
    alarm = np.zeros(len(y), dtype=bool)
    s = 0.0
    for t in range(len(y)):
        s = max(0.0, s + y[t] * math.log(rho) - (rho - 1.0) * mu[t])
        if s > h:
            alarm[t] = True
            s = 0.0
    previous = np.concatenate([[False], alarm[:-1]])
    starts = np.flatnonzero(alarm & ~previous)
    after = starts[starts >= onset]
    return {
        "delay": int(after[0] - onset) if after.size else None,
        "false_alerts": int((starts < onset).sum()),
    }
