# Correct alternative: clean the inputs with math.isnan, then take the highest tier whose rule holds.
import math


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

    def clean(x):
        return 0.0 if x is None or math.isnan(x) else x

    rise, volume, n = clean(negative_rise), clean(volume_ratio), clean(n_hat)
    rules = [
        (
            3,
            bool(alarm)
            and rise >= rise_escalate
            and (volume >= volume_escalate or n >= n_escalate),
        ),
        (2, bool(alarm) and (rise >= rise_respond or volume >= volume_escalate)),
        (1, bool(alarm)),
    ]
    for tier, holds in rules:
        if holds:
            return tier
    return 0
