# Wrong: pays the round trip for every cancellation within 12 hours, ignoring whether it was controllable.
import numpy as np
import pandas as pd


def bill_of_rights_compensation(passengers):
    """Voucher in US dollars owed to each disrupted passenger under the 20 February 2007 tiers."""
    if not passengers["kind"].isin(["arrival_ground", "departure_ground", "cancellation"]).all():
        raise ValueError("unknown kind")
    ow = passengers["one_way_fare"].astype(float)
    rt = passengers["round_trip_fare"].astype(float).fillna(2 * ow)
    m = passengers["delay_min"].astype(float)
    out = pd.Series(0.0, index=passengers.index, name="voucher_usd")
    arr = passengers["kind"] == "arrival_ground"
    dep = passengers["kind"] == "departure_ground"
    out[arr & (m >= 30)] = 25.0
    out[arr & (m >= 60)] = 100.0
    out[arr & (m >= 120)] = ow[arr & (m >= 120)]
    out[arr & (m >= 180)] = rt[arr & (m >= 180)]
    out[dep & (m >= 180)] = 100.0
    out[dep & (m >= 240)] = rt[dep & (m >= 240)]
    can = (passengers["kind"] == "cancellation") & (passengers["notice_hours"] < 12)
    out[can] = rt[can]
    out[(arr | dep) & m.isna()] = np.nan
    return out
