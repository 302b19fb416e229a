# Correct alternative: numpy's nan_to_num for the missing values, then nested conditions.
import numpy as np


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
    values = np.array(
        [np.nan if v is None else v for v in (negative_rise, volume_ratio, n_hat)], dtype=float
    )
    rise, volume, n = np.nan_to_num(values, nan=0.0)
    tier = 0
    if alarm:
        tier = 1
        if rise >= rise_respond or volume >= volume_escalate:
            tier = 2
        if rise >= rise_escalate and (volume >= volume_escalate or n >= n_escalate):
            tier = 3
    return int(tier)
