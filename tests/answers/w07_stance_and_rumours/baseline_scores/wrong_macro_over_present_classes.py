# wrong: macro-F1 averaged only over the classes present in the test set
def baseline_scores(train_labels, test_labels, labels):
    labels = list(labels)
    train = pd.Series(list(train_labels), dtype=object)
    test = pd.Series(list(test_labels), dtype=object)
    if train.empty or test.empty or not (train.isin(labels).all() and test.isin(labels).all()):
        raise ValueError("bad labels")
    q = train.value_counts(normalize=True).reindex(labels, fill_value=0.0).to_numpy()
    p = test.value_counts(normalize=True).reindex(labels, fill_value=0.0).to_numpy()
    m = int(np.argmax(q))
    present = p > 0
    f_major = np.zeros(len(labels))
    f_major[m] = 2 * p[m] / (1 + p[m])
    f_chance = np.divide(2 * p * q, p + q, out=np.zeros(len(labels)), where=(p + q) > 0)
    return {
        "majority_label": labels[m],
        "majority_accuracy": float(p[m]),
        "majority_macro_f1": float(f_major[present].mean()),
        "chance_accuracy": float(p @ q),
        "chance_macro_f1": float(f_chance[present].mean()),
    }
