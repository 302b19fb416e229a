# wrong: no count floor at all (neither sqrt(centre) nor 1): a flat baseline (MAD 0) alerts on any value above the median
import statistics


def baseline_alerts(counts, window=5, k=3.0):
    """Per period: centre, upper (baseline band from the `window` previous periods), alert."""
    if window < 1:
        raise ValueError("window must be at least 1")
    values = [float(v) for v in counts.tolist()]
    rows = []
    for t, value in enumerate(values):
        if t < window:
            rows.append((np.nan, np.nan, False))
            continue
        base = values[t - window : t]
        centre = statistics.median(base)
        mad = statistics.median([abs(b - centre) for b in base])
        upper = centre + k * 1.4826 * mad
        rows.append((centre, upper, value > upper))
    return pd.DataFrame(rows, columns=["centre", "upper", "alert"], index=counts.index)
