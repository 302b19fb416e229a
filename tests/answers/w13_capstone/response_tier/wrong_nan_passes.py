# Wrong: missing values are not cleaned (None raises; NaN compares False, which happens to look right).
def response_tier(
    alarm,
    negative_rise,
    volume_ratio,
    n_hat,
    *,
    rise_respond=0.10,
    rise_escalate=0.25,
    volume_escalate=10.0,
    n_escalate=0.5,
):
    """Response tier 0-3 from the alarm and three indicators (missing values count as 0)."""
    if not alarm:
        return 0
    if negative_rise >= rise_escalate and (volume_ratio >= volume_escalate or n_hat >= n_escalate):
        return 3
    if negative_rise >= rise_respond or volume_ratio >= volume_escalate:
        return 2
    return 1
