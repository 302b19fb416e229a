# wrong: always uses the sample's share of false rumours, ignoring the prior argument
def signal_to_posterior(signal, is_false, prior=None):
    s, f = np.asarray(list(signal), bool), np.asarray(list(is_false), bool)
    if len(s) != len(f) or f.all() or not f.any():
        raise ValueError("bad input")
    if prior is not None and not 0 <= prior <= 1:
        raise ValueError("prior outside [0, 1]")
    pi = f.mean()
    a, b = s[f].mean(), s[~f].mean()
    with np.errstate(divide="ignore", invalid="ignore"):
        return {
            "sensitivity": float(a),
            "false_alarm_rate": float(b),
            "lr_positive": float(np.float64(a) / b),
            "lr_negative": float(np.float64(1 - a) / (1 - b)),
            "posterior_if_signal": float(np.float64(pi * a) / (pi * a + (1 - pi) * b)),
            "posterior_if_no_signal": float(
                np.float64(pi * (1 - a)) / (pi * (1 - a) + (1 - pi) * (1 - b))
            ),
        }
