# wrong: drops the notices with a missing time instead of keeping NaN
def announcement_lag_days(recalls, tz="America/New_York"):
    """Whole calendar days (in zone tz) from the company's announcement to the agency's notice."""
    frame = recalls.dropna(subset=["company_announce_dttm", "notification_dttm"])
    a = frame["company_announce_dttm"].dt.tz_convert(tz).dt.tz_localize(None).dt.normalize()
    n = frame["notification_dttm"].dt.tz_convert(tz).dt.tz_localize(None).dt.normalize()
    return (n - a).dt.days.astype(float).rename("lag_days")
