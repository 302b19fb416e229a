# Correct alternative: U from mid-ranks of the pooled sample (ties share ranks), groups via groupby.
from scipy import stats


def compare_by_label(table, metric, a="false", b="true"):
    """Medians, probability of superiority (a over b) and Mann-Whitney p-value of `metric` by label."""
    frame = table[["label", metric]].dropna(subset=[metric])
    groups = {
        str(key): group[metric].astype(float)
        for key, group in frame.groupby("label", observed=True)
    }
    if a not in groups or b not in groups:
        raise ValueError("a group has no values")
    x, y = groups[a], groups[b]
    ranks = stats.rankdata(list(x) + list(y))
    u_a = ranks[: len(x)].sum() - len(x) * (len(x) + 1) / 2
    return {
        "n_a": len(x),
        "n_b": len(y),
        "median_a": float(x.median()),
        "median_b": float(y.median()),
        "prob_superiority": float(u_a / (len(x) * len(y))),
        "p_value": float(stats.mannwhitneyu(x, y, alternative="two-sided").pvalue),
    }
