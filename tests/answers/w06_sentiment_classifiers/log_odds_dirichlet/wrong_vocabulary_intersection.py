# Wrong: keeps only the words present in both corpora (an inner join), not the union.
import numpy as np
import pandas as pd


def log_odds_dirichlet(counts_a, counts_b, prior):
    """Monroe et al.'s weighted log-odds (delta) and z-score of every word, corpus a versus corpus b."""
    table = pd.concat(
        {
            "a": pd.Series(counts_a, dtype=float),
            "b": pd.Series(counts_b, dtype=float),
            "al": pd.Series(prior, dtype=float),
        },
        axis=1,
        join="inner",
    )
    if len(table) < 2 or (table["al"] <= 0).any() or (table[["a", "b"]] < 0).any().any():
        raise ValueError("bad input")
    a, b, al = table["a"], table["b"], table["al"]
    a0 = al.sum()
    delta = np.log((a + al) / (a.sum() + a0 - a - al)) - np.log((b + al) / (b.sum() + a0 - b - al))
    return pd.DataFrame({"delta": delta, "z": delta / np.sqrt(1 / (a + al) + 1 / (b + al))})
