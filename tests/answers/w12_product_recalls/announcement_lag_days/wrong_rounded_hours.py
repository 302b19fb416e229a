# wrong: rounds the elapsed hours to days instead of differencing local dates
def announcement_lag_days(recalls, tz="America/New_York"):
    """Whole calendar days (in zone tz) from the company's announcement to the agency's notice."""
    hours = (
        recalls["notification_dttm"] - recalls["company_announce_dttm"]
    ).dt.total_seconds() / 3600
    return (hours / 24).round().astype(float).rename("lag_days")
