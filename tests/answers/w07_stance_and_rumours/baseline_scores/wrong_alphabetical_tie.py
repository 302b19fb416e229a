# wrong: a tie for the majority goes to the label that sorts first, not to the first in `labels`
def baseline_scores(train_labels, test_labels, labels):
    labels = list(labels)
    train = pd.Series(list(train_labels), dtype=object)
    test = pd.Series(list(test_labels), dtype=object)
    if train.empty or test.empty or not (train.isin(labels).all() and test.isin(labels).all()):
        raise ValueError("bad labels")
    q = train.value_counts(normalize=True).reindex(labels, fill_value=0.0)
    p = test.value_counts(normalize=True).reindex(labels, fill_value=0.0)
    majority = sorted(q.index[q == q.max()])[0]
    f_chance = [2 * p[k] * q[k] / (p[k] + q[k]) if p[k] + q[k] > 0 else 0.0 for k in labels]
    return {
        "majority_label": majority,
        "majority_accuracy": float(p[majority]),
        "majority_macro_f1": float(2 * p[majority] / (1 + p[majority]) / len(labels)),
        "chance_accuracy": float((p * q).sum()),
        "chance_macro_f1": float(np.mean(f_chance)),
    }
