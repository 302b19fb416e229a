# Wrong: takes U from mannwhitneyu(y, x), i.e. the probability that b beats a.
import numpy as np
from scipy import stats


def compare_by_label(table, metric, a="false", b="true"):
    """Medians, probability of superiority (a over b) and Mann-Whitney p-value of `metric` by label."""
    labels = table["label"].astype(str)
    x = table.loc[labels == a, metric].dropna().to_numpy(dtype=float)
    y = table.loc[labels == b, metric].dropna().to_numpy(dtype=float)
    if len(x) == 0 or len(y) == 0:
        raise ValueError("a group has no values")
    test = stats.mannwhitneyu(y, x, alternative="two-sided")
    return {
        "n_a": len(x),
        "n_b": len(y),
        "median_a": float(np.median(x)),
        "median_b": float(np.median(y)),
        "prob_superiority": float(test.statistic / (len(x) * len(y))),
        "p_value": float(test.pvalue),
    }
