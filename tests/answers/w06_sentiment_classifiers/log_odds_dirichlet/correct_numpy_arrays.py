# Correct alternative: align with pandas concat, then numpy arrays and log1p-free algebra (logit of the smoothed shares).
import numpy as np
import pandas as pd


def log_odds_dirichlet(counts_a, counts_b, prior):
    """Monroe et al.'s weighted log-odds (delta) and z-score of every word, corpus a versus corpus b."""
    table = pd.concat(
        {
            "a": pd.Series(counts_a, dtype=float),
            "b": pd.Series(counts_b, dtype=float),
            "alpha": pd.Series(prior, dtype=float),
        },
        axis=1,
    )
    if len(table) < 2:
        raise ValueError("vocabulary too small")
    if table["alpha"].isna().any() or (table["alpha"] <= 0).any():
        raise ValueError("prior")
    table[["a", "b"]] = table[["a", "b"]].fillna(0.0)
    if (table[["a", "b"]].to_numpy() < 0).any():
        raise ValueError("counts")
    ya, yb, al = table["a"].to_numpy(), table["b"].to_numpy(), table["alpha"].to_numpy()
    pa = (ya + al) / (ya.sum() + al.sum())
    pb = (yb + al) / (yb.sum() + al.sum())
    delta = np.log(pa / (1 - pa)) - np.log(pb / (1 - pb))
    z = delta / np.sqrt(1 / (ya + al) + 1 / (yb + al))
    return pd.DataFrame({"delta": delta, "z": z}, index=table.index)
