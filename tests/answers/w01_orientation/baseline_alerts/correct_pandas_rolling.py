# correct: pandas rolling windows shifted by one period, so the baseline excludes the current value
def baseline_alerts(counts, window=5, k=3.0):
    """Per period: centre, upper (baseline band from the `window` previous periods), alert."""
    if window < 1:
        raise ValueError("window must be at least 1")
    values = pd.Series(counts.to_numpy(dtype=float))
    previous = values.shift(1)
    centre = previous.rolling(window, min_periods=window).median()
    mad = previous.rolling(window, min_periods=window).apply(
        lambda w: np.median(np.abs(w - np.median(w))), raw=True
    )
    spread = np.maximum(np.maximum(1.4826 * mad, np.sqrt(centre)), 1.0)
    upper = centre + k * spread
    alert = (values > upper).fillna(False).astype(bool)
    return pd.DataFrame(
        {"centre": centre.to_numpy(), "upper": upper.to_numpy(), "alert": alert.to_numpy()},
        index=counts.index,
    )
