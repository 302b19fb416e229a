# wrong: a mean +- k standard deviations band (not robust: one past spike widens the band)
def baseline_alerts(counts, window=5, k=3.0):
    """Per period: centre, upper (baseline band from the `window` previous periods), alert."""
    if window < 1:
        raise ValueError("window must be at least 1")
    values = pd.Series(counts.to_numpy(dtype=float))
    previous = values.shift(1).rolling(window, min_periods=window)
    centre = previous.mean()
    spread = np.maximum(np.maximum(previous.std(ddof=0).fillna(0), np.sqrt(centre)), 1.0)
    upper = centre + k * spread
    alert = (values > upper).fillna(False).astype(bool)
    return pd.DataFrame(
        {"centre": centre.to_numpy(), "upper": upper.to_numpy(), "alert": alert.to_numpy()},
        index=counts.index,
    )
