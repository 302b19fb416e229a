# Wrong: variance 1/y_a + 1/y_b from the raw counts, ignoring the prior (infinite for unseen words).
import numpy as np
import pandas as pd


def log_odds_dirichlet(counts_a, counts_b, prior):
    """Monroe et al.'s weighted log-odds (delta) and z-score of every word, corpus a versus corpus b."""
    a, b, al = (
        pd.Series(counts_a, dtype=float),
        pd.Series(counts_b, dtype=float),
        pd.Series(prior, dtype=float),
    )
    words = a.index.union(b.index).union(al.index)
    if len(words) < 2:
        raise ValueError("vocabulary")
    a, b, al = a.reindex(words, fill_value=0.0), b.reindex(words, fill_value=0.0), al.reindex(words)
    if al.isna().any() or (al <= 0).any() or (a < 0).any() or (b < 0).any():
        raise ValueError("bad input")
    a0 = al.sum()
    delta = np.log((a + al) / (a.sum() + a0 - a - al)) - np.log((b + al) / (b.sum() + a0 - b - al))
    with np.errstate(divide="ignore"):
        z = delta / np.sqrt(1 / a + 1 / b)
    return pd.DataFrame({"delta": delta, "z": z})
