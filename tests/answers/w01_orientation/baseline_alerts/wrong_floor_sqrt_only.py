# wrong: the Poisson floor sqrt(centre) without the floor of one post, so after days with no posts one post alerts
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
        upper = centre + k * max(1.4826 * mad, centre**0.5)
        rows.append((centre, upper, value > upper))
    return pd.DataFrame(rows, columns=["centre", "upper", "alert"], index=counts.index)
