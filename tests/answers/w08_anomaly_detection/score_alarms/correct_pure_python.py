# Correct alternative: one pass over the periods with a flag for "inside a run of alarms".
import math


def score_alarms(alarm, onset, window):
    """False alerts before the onset, true alerts in the detection window, whether and how fast the incident was caught."""
    flags = [bool(a) for a in alarm]
    if window < 1 or onset < 0 or onset > len(flags):
        raise ValueError("bad onset or window")
    false_alerts, hits, previous = 0, [], False
    for t, on in enumerate(flags):
        if on and not previous:
            if t < onset:
                false_alerts += 1
            elif t < onset + window:
                hits.append(t)
        previous = on
    return {
        "false_alerts": false_alerts,
        "true_alerts": len(hits),
        "detected": len(hits) > 0,
        "delay": float(hits[0] - onset) if hits else math.nan,
    }
