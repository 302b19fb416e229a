# correct: floors the local times to days and divides the difference by one day
import pandas as pd


def announcement_lag_days(recalls, tz="America/New_York"):
    """Whole calendar days (in zone tz) from the company's announcement to the agency's notice."""
    a = recalls["company_announce_dttm"].dt.tz_convert(tz).dt.tz_localize(None).dt.floor("D")
    n = recalls["notification_dttm"].dt.tz_convert(tz).dt.tz_localize(None).dt.floor("D")
    return ((n - a) / pd.Timedelta(days=1)).astype(float).rename("lag_days")
