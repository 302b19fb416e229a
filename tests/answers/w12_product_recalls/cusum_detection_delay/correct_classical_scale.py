# correct: week 8's classical scale, S' = max(0, S' + y - k) with k = (rho - 1) mu / log rho, against h / log rho
import math


def cusum_detection_delay(counts, expected, onset, rho=2.0, h=5.0):
    """Detection delay (days) and false alerts of the Poisson CUSUM, with week 8's alert rules."""
    counts, expected = list(counts), list(expected)
    if len(counts) != len(expected):
        raise ValueError("counts and expected differ in length")
    if not rho > 1 or not h > 0:
        raise ValueError("need rho > 1 and h > 0")
    scale = math.log(rho)
    threshold = h / scale
    stat, previous, starts = 0.0, False, []
    for t, (y, mu) in enumerate(zip(counts, expected)):
        stat = max(0.0, stat + y - (rho - 1) * mu / scale)
        alarm = stat > threshold
        if alarm:
            stat = 0.0
            if not previous:
                starts.append(t)
        previous = alarm
    late = [t for t in starts if t >= onset]
    return {
        "delay": late[0] - onset if late else None,
        "false_alerts": sum(t < onset for t in starts),
    }
