# wrong: the baseline window includes the current period (no shift), so a spike inflates its own band
def baseline_alerts(counts, window=5, k=3.0):
    """Per period: centre, upper (baseline band from the `window` previous periods), alert."""
    if window < 1:
        raise ValueError("window must be at least 1")
    values = pd.Series(counts.to_numpy(dtype=float))
    roll = values.rolling(window + 1, min_periods=window + 1)
    centre = roll.median()
    mad = roll.apply(lambda w: np.median(np.abs(w - np.median(w))), raw=True)
    upper = centre + k * np.maximum(np.maximum(1.4826 * mad, np.sqrt(centre)), 1.0)
    alert = (values > upper).fillna(False).astype(bool)
    return pd.DataFrame(
        {"centre": centre.to_numpy(), "upper": upper.to_numpy(), "alert": alert.to_numpy()},
        index=counts.index,
    )
