# wrong: multiplies the prior probability (not the prior odds) by the likelihood ratio
def signal_to_posterior(signal, is_false, prior=None):
    s, f = np.asarray(list(signal), bool), np.asarray(list(is_false), bool)
    if len(s) != len(f) or f.all() or not f.any():
        raise ValueError("bad input")
    pi = f.mean() if prior is None else prior
    if not 0 <= pi <= 1:
        raise ValueError("prior outside [0, 1]")
    a, b = s[f].mean(), s[~f].mean()
    with np.errstate(divide="ignore", invalid="ignore"):
        lr_pos = float(np.float64(a) / b)
        lr_neg = float(np.float64(1 - a) / (1 - b))
    return {
        "sensitivity": float(a),
        "false_alarm_rate": float(b),
        "lr_positive": lr_pos,
        "lr_negative": lr_neg,
        "posterior_if_signal": min(1.0, pi * lr_pos),
        "posterior_if_no_signal": min(1.0, pi * lr_neg),
    }
