# correct: a loop over rows with datetime.date differences
import numpy as np
import pandas as pd


def announcement_lag_days(recalls, tz="America/New_York"):
    """Whole calendar days (in zone tz) from the company's announcement to the agency's notice."""
    out = []
    for a, n in zip(recalls["company_announce_dttm"], recalls["notification_dttm"]):
        if pd.isna(a) or pd.isna(n):
            out.append(np.nan)
        else:
            out.append(float((n.tz_convert(tz).date() - a.tz_convert(tz).date()).days))
    return pd.Series(out, index=recalls.index, name="lag_days", dtype=float)
