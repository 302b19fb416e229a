# Correct alternative: A from the full matrix of pairwise comparisons; medians and p-value from numpy/scipy.
import numpy as np
from scipy import stats


def compare_by_label(table, metric, a="false", b="true"):
    """Medians, probability of superiority (a over b) and Mann-Whitney p-value of `metric` by label."""
    label = table["label"].astype(object).map(str)
    values = table[metric].astype(float)
    x = values[(label == a) & values.notna()].to_numpy()
    y = values[(label == b) & values.notna()].to_numpy()
    if x.size == 0 or y.size == 0:
        raise ValueError("a group has no values")
    wins = (x[:, None] > y[None, :]).mean() + 0.5 * (x[:, None] == y[None, :]).mean()
    return {
        "n_a": int(x.size),
        "n_b": int(y.size),
        "median_a": float(np.median(x)),
        "median_b": float(np.median(y)),
        "prob_superiority": float(wins),
        "p_value": float(stats.mannwhitneyu(x, y, alternative="two-sided").pvalue),
    }
