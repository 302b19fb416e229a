# wrong: takes the calendar dates in UTC, ignoring tz
def announcement_lag_days(recalls, tz="America/New_York"):
    """Whole calendar days (in zone tz) from the company's announcement to the agency's notice."""
    a = recalls["company_announce_dttm"].dt.normalize()
    n = recalls["notification_dttm"].dt.normalize()
    return (n - a).dt.days.astype(float).rename("lag_days")
