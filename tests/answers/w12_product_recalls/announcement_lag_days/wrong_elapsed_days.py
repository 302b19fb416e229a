# wrong: whole elapsed days of the duration (23 hours across midnight gives 0), not calendar dates
def announcement_lag_days(recalls, tz="America/New_York"):
    """Whole calendar days (in zone tz) from the company's announcement to the agency's notice."""
    return (
        (recalls["notification_dttm"] - recalls["company_announce_dttm"])
        .dt.days.astype(float)
        .rename("lag_days")
    )
