# correct: a plain loop over positions with the statistics module's median
import math
import statistics


def baseline_alerts(counts, window=5, k=3.0):
    """Per period: centre, upper (baseline band from the `window` previous periods), alert."""
    if window < 1:
        raise ValueError("window must be at least 1")
    values = [float(v) for v in counts.tolist()]
    centres, uppers, alerts = [], [], []
    for t, value in enumerate(values):
        if t < window:
            centres.append(math.nan)
            uppers.append(math.nan)
            alerts.append(False)
            continue
        base = values[t - window : t]
        centre = statistics.median(base)
        mad = statistics.median([abs(b - centre) for b in base])
        upper = centre + k * max(1.4826 * mad, math.sqrt(centre), 1.0)
        centres.append(centre)
        uppers.append(upper)
        alerts.append(value > upper)
    return pd.DataFrame({"centre": centres, "upper": uppers, "alert": alerts}, index=counts.index)
