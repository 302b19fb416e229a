# Correct alternative: plain dicts and math.log per word, assembled into a DataFrame at the end.
import math

import pandas as pd


def log_odds_dirichlet(counts_a, counts_b, prior):
    """Monroe et al.'s weighted log-odds (delta) and z-score of every word, corpus a versus corpus b."""
    ca, cb, pr = dict(counts_a), dict(counts_b), dict(prior)
    words = set(ca) | set(cb) | set(pr)
    if len(words) < 2:
        raise ValueError("need two words")
    for w in words:
        if w not in pr or not pr[w] > 0:
            raise ValueError(f"no positive prior for {w!r}")
        if ca.get(w, 0) < 0 or cb.get(w, 0) < 0:
            raise ValueError("negative count")
    n_a = sum(float(ca.get(w, 0)) for w in words)
    n_b = sum(float(cb.get(w, 0)) for w in words)
    a0 = sum(float(pr[w]) for w in words)
    rows = {}
    for w in words:
        ya, yb, al = float(ca.get(w, 0)), float(cb.get(w, 0)), float(pr[w])
        d = math.log((ya + al) / (n_a + a0 - ya - al)) - math.log((yb + al) / (n_b + a0 - yb - al))
        rows[w] = (d, d / math.sqrt(1 / (ya + al) + 1 / (yb + al)))
    return pd.DataFrame.from_dict(rows, orient="index", columns=["delta", "z"])
