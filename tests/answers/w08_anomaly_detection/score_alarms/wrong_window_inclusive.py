# wrong: the window includes position onset + window (one period too many).
import numpy as np


def score_alarms(alarm, onset, window):
    """False alerts before the onset, true alerts in the detection window, whether and how fast the incident was caught."""
    flags = np.asarray(alarm, dtype=bool)
    if window < 1 or not 0 <= onset <= len(flags):
        raise ValueError("bad onset or window")
    starts = np.flatnonzero(flags & ~np.concatenate([[False], flags[:-1]]))
    inside = starts[(starts >= onset) & (starts <= onset + window)]
    return {
        "false_alerts": int((starts < onset).sum()),
        "true_alerts": int(len(inside)),
        "detected": bool(len(inside)),
        "delay": float(inside[0] - onset) if len(inside) else float("nan"),
    }
