# Wrong: None is treated as missing, but NaN is left in the comparisons (NaN >= t is False), so a
# missing indicator never reaches a threshold of 0 or below, where a value of 0 would.


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
    rise, volume, n = (
        float("nan") if v is None else float(v) for v in (negative_rise, volume_ratio, n_hat)
    )
    if rise >= rise_escalate and (volume >= volume_escalate or n >= n_escalate):
        return 3
    if rise >= rise_respond or volume >= volume_escalate:
        return 2
    return 1
