# wrong: an alarm run that started before the onset and is still on counts as detecting the incident at the onset.
import numpy as np


def score_alarms(alarm, onset, window):
    """False alerts before the onset, true alerts in the detection window, whether and how fast the incident was caught."""
    flags = np.asarray(alarm, dtype=bool)
    if window < 1 or not 0 <= onset <= len(flags):
        raise ValueError("bad onset or window")
    starts = np.flatnonzero(flags & ~np.concatenate([[False], flags[:-1]]))
    inside = starts[(starts >= onset) & (starts < onset + window)]
    on_in_window = np.flatnonzero(flags[onset : onset + window])
    return {
        "false_alerts": int((starts < onset).sum()),
        "true_alerts": int(len(inside)),
        "detected": bool(len(on_in_window)),
        "delay": float(on_in_window[0]) if len(on_in_window) else float("nan"),
    }
