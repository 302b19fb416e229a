# correct: from the 2x2 table of counts, posteriors in odds form
import math


def signal_to_posterior(signal, is_false, prior=None):
    s, f = list(map(bool, signal)), list(map(bool, is_false))
    if len(s) != len(f):
        raise ValueError("lengths differ")
    n_false, n_true = sum(f), len(f) - sum(f)
    if n_false == 0 or n_true == 0:
        raise ValueError("need both classes")
    pi = n_false / len(f) if prior is None else prior
    if not 0 <= pi <= 1:
        raise ValueError("prior outside [0, 1]")
    a = sum(x and y for x, y in zip(s, f)) / n_false
    b = sum(x and not y for x, y in zip(s, f)) / n_true

    def div(x, y):
        return x / y if y else (math.inf if x else math.nan)

    def post(x, y):
        den = pi * x + (1 - pi) * y
        return pi * x / den if den else math.nan

    return {
        "sensitivity": a,
        "false_alarm_rate": b,
        "lr_positive": div(a, b),
        "lr_negative": div(1 - a, 1 - b),
        "posterior_if_signal": post(a, b),
        "posterior_if_no_signal": post(1 - a, 1 - b),
    }
