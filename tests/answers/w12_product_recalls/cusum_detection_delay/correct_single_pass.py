# correct: one pass that tracks whether the previous period alarmed, no list of alarms
import math


def cusum_detection_delay(counts, expected, onset, rho=2.0, h=5.0):
    """Detection delay (days) and false alerts of the Poisson CUSUM, with week 8's alert rules."""
    counts, expected = list(counts), list(expected)
    if len(counts) != len(expected) or rho <= 1 or h <= 0:
        raise ValueError("bad arguments")
    lr = math.log(rho)
    s, in_run, false_alerts, delay = 0.0, False, 0, None
    for t, (y, m) in enumerate(zip(counts, expected)):
        s = max(0.0, s + y * lr - (rho - 1) * m)
        fired = s > h
        if fired:
            s = 0.0
        if fired and not in_run:
            if t < onset:
                false_alerts += 1
            elif delay is None:
                delay = t - onset
        in_run = fired
    return {"delay": delay, "false_alerts": false_alerts}
