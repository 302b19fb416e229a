# wrong: the delay is the first alarm period at or after the onset, even inside a run that began before it
import math


def cusum_detection_delay(counts, expected, onset, rho=2.0, h=5.0):
    """Detection delay (days) and false alerts of the Poisson CUSUM, with week 8's alert rules."""
    counts, expected = list(counts), list(expected)
    if len(counts) != len(expected) or rho <= 1 or h <= 0:
        raise ValueError("bad arguments")
    s, flags = 0.0, []
    for y, m in zip(counts, expected):
        s = max(0.0, s + y * math.log(rho) - (rho - 1) * m)
        flags.append(s > h)
        if s > h:
            s = 0.0
    starts = [t for t, f in enumerate(flags) if f and (t == 0 or not flags[t - 1])]
    late = [t for t, f in enumerate(flags) if f and t >= onset]
    return {
        "delay": late[0] - onset if late else None,
        "false_alerts": sum(t < onset for t in starts),
    }
