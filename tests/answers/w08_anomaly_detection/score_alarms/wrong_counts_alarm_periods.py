# wrong: counts every alarm period as an alert instead of each run of consecutive alarms once.
import numpy as np


def score_alarms(alarm, onset, window):
    """False alerts before the onset, true alerts in the detection window, whether and how fast the incident was caught."""
    flags = np.asarray(alarm, dtype=bool)
    if window < 1 or not 0 <= onset <= len(flags):
        raise ValueError("bad onset or window")
    on = np.flatnonzero(flags)
    inside = on[(on >= onset) & (on < onset + window)]
    return {
        "false_alerts": int((on < onset).sum()),
        "true_alerts": int(len(inside)),
        "detected": bool(len(inside)),
        "delay": float(inside[0] - onset) if len(inside) else float("nan"),
    }
