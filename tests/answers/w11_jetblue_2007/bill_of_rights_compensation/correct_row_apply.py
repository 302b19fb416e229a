# Correct: one plain Python function per row, applied with a list comprehension.
import math

import pandas as pd


def bill_of_rights_compensation(passengers):
    """Voucher in US dollars owed to each disrupted passenger under the 20 February 2007 tiers."""

    def missing(x):
        return x is None or (isinstance(x, float) and math.isnan(x))

    def voucher(row):
        one_way = float(row["one_way_fare"])
        rt = 2 * one_way if missing(row["round_trip_fare"]) else float(row["round_trip_fare"])
        kind = row["kind"]
        if kind == "cancellation":
            return rt if bool(row["controllable"]) and float(row["notice_hours"]) < 12 else 0.0
        if kind not in ("arrival_ground", "departure_ground"):
            raise ValueError(f"unknown kind {kind!r}")
        m = row["delay_min"]
        if missing(m):
            return float("nan")
        if kind == "arrival_ground":
            tiers = [(180, rt), (120, one_way), (60, 100.0), (30, 25.0)]
        else:
            tiers = [(240, rt), (180, 100.0)]
        for bound, value in tiers:
            if m >= bound:
                return float(value)
        return 0.0

    values = [voucher(row) for row in passengers.to_dict("records")]
    return pd.Series(values, index=passengers.index, dtype=float, name="voucher_usd")
