# Correct: np.select over the conditions, most generous tier first.
import numpy as np
import pandas as pd


def bill_of_rights_compensation(passengers):
    """Voucher in US dollars owed to each disrupted passenger under the 20 February 2007 tiers."""
    kind = passengers["kind"].to_numpy()
    if not np.isin(kind, ["arrival_ground", "departure_ground", "cancellation"]).all():
        raise ValueError("unknown kind")
    m = passengers["delay_min"].to_numpy(dtype=float)
    ow = passengers["one_way_fare"].to_numpy(dtype=float)
    rt = passengers["round_trip_fare"].to_numpy(dtype=float)
    rt = np.where(np.isnan(rt), 2 * ow, rt)
    arr, dep, can = kind == "arrival_ground", kind == "departure_ground", kind == "cancellation"
    ok_cancel = (
        can
        & passengers["controllable"].to_numpy(dtype=bool)
        & (passengers["notice_hours"].to_numpy(dtype=float) < 12)
    )
    with np.errstate(invalid="ignore"):
        conditions = [
            (arr | dep) & np.isnan(m),
            ok_cancel,
            arr & (m >= 180),
            arr & (m >= 120),
            arr & (m >= 60),
            arr & (m >= 30),
            dep & (m >= 240),
            dep & (m >= 180),
        ]
    choices = [np.nan, rt, rt, ow, 100.0, 25.0, rt, 100.0]
    values = np.select(conditions, choices, default=0.0) if len(kind) else np.array([], dtype=float)
    return pd.Series(values, index=passengers.index, name="voucher_usd", dtype=float)
