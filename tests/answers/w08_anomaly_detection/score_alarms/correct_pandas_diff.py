# Correct alternative: alert starts from a pandas shift, then boolean masks.
import numpy as np
import pandas as pd


def score_alarms(alarm, onset, window):
    """False alerts before the onset, true alerts in the detection window, whether and how fast the incident was caught."""
    flags = pd.Series(np.asarray(alarm, dtype=bool))
    if window < 1 or not 0 <= onset <= len(flags):
        raise ValueError("bad onset or window")
    starts = flags & ~flags.shift(1, fill_value=False)
    position = np.arange(len(flags))
    early = int((starts & (position < onset)).sum())
    inside = position[(starts & (position >= onset) & (position < onset + window)).to_numpy()]
    return {
        "false_alerts": early,
        "true_alerts": int(len(inside)),
        "detected": bool(len(inside)),
        "delay": float(inside[0] - onset) if len(inside) else float("nan"),
    }
