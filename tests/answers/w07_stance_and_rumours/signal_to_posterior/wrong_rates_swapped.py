# wrong: sensitivity and false-alarm rate conditioned the wrong way (P(false | signal) instead of P(signal | false))
def signal_to_posterior(signal, is_false, prior=None):
    s, f = np.asarray(list(signal), bool), np.asarray(list(is_false), bool)
    if len(s) != len(f) or f.all() or not f.any():
        raise ValueError("bad input")
    pi = f.mean() if prior is None else prior
    if not 0 <= pi <= 1:
        raise ValueError("prior outside [0, 1]")
    with np.errstate(divide="ignore", invalid="ignore"):
        a = f[s].mean() if s.any() else 0.0
        b = f[~s].mean() if (~s).any() else 0.0
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
