# correct: pandas crosstab for the rates, numpy with error states silenced for the ratios
def signal_to_posterior(signal, is_false, prior=None):
    s = pd.Series(list(signal), dtype=bool)
    f = pd.Series(list(is_false), dtype=bool)
    if len(s) != len(f):
        raise ValueError("lengths differ")
    if f.nunique() < 2:
        raise ValueError("need both classes")
    pi = float(f.mean()) if prior is None else float(prior)
    if pi < 0 or pi > 1:
        raise ValueError("prior outside [0, 1]")
    rates = pd.crosstab(f, s, normalize="index").reindex(
        index=[True, False], columns=[True, False], fill_value=0.0
    )
    a, b = float(rates.loc[True, True]), float(rates.loc[False, True])
    with np.errstate(divide="ignore", invalid="ignore"):
        lr_pos = float(np.float64(a) / np.float64(b))
        lr_neg = float(np.float64(1 - a) / np.float64(1 - b))
        post_s = float(np.float64(pi * a) / np.float64(pi * a + (1 - pi) * b))
        post_n = float(np.float64(pi * (1 - a)) / np.float64(pi * (1 - a) + (1 - pi) * (1 - b)))
    return {
        "sensitivity": a,
        "false_alarm_rate": b,
        "lr_positive": lr_pos,
        "lr_negative": lr_neg,
        "posterior_if_signal": post_s,
        "posterior_if_no_signal": post_n,
    }
