# Wrong: n_a and n_b count the rows of each label, missing values included.
import numpy as np
from scipy import stats


def compare_by_label(table, metric, a="false", b="true"):
    """Medians, probability of superiority (a over b) and Mann-Whitney p-value of `metric` by label."""
    labels = table["label"].astype(str)
    raw_x, raw_y = table.loc[labels == a, metric], table.loc[labels == b, metric]
    x, y = raw_x.dropna().to_numpy(dtype=float), raw_y.dropna().to_numpy(dtype=float)
    if len(x) == 0 or len(y) == 0:
        raise ValueError("a group has no values")
    test = stats.mannwhitneyu(x, y, alternative="two-sided")
    return {
        "n_a": len(raw_x),
        "n_b": len(raw_y),
        "median_a": float(np.median(x)),
        "median_b": float(np.median(y)),
        "prob_superiority": float(test.statistic / (len(x) * len(y))),
        "p_value": float(test.pvalue),
    }
