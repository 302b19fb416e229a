# Wrong: keeps empty bins (with NaN means and count 0) instead of dropping them.
import numpy as np
import pandas as pd


def reliability_table(y_true, prob, n_bins=10):
    """Mean predicted probability, observed frequency and count per non-empty bin (right-closed bins)."""
    o = np.asarray(y_true).astype(float)
    p = np.asarray(prob, dtype=float)
    if len(o) != len(p) or len(p) == 0 or np.isnan(p).any() or (p < 0).any() or (p > 1).any():
        raise ValueError("bad input")
    if not np.isin(o, [0, 1]).all() or n_bins < 1:
        raise ValueError("bad input")
    which = np.searchsorted(np.linspace(0, 1, n_bins + 1)[1:-1], p)
    count = np.bincount(which, minlength=n_bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_p = np.bincount(which, weights=p, minlength=n_bins) / count
        frac = np.bincount(which, weights=o, minlength=n_bins) / count
    return pd.DataFrame(
        {
            "bin": np.arange(n_bins),
            "mean_predicted": mean_p,
            "fraction_positive": frac,
            "count": count,
        }
    )
