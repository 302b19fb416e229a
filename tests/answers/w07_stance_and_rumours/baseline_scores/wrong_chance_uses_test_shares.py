# wrong: stratified guessing with the test set's shares instead of the training shares
def baseline_scores(train_labels, test_labels, labels):
    labels = list(labels)
    train = pd.Series(list(train_labels), dtype=object)
    test = pd.Series(list(test_labels), dtype=object)
    if train.empty or test.empty or not (train.isin(labels).all() and test.isin(labels).all()):
        raise ValueError("bad labels")
    q = train.value_counts(normalize=True).reindex(labels, fill_value=0.0).to_numpy()
    p = test.value_counts(normalize=True).reindex(labels, fill_value=0.0).to_numpy()
    m = int(np.argmax(q))
    return {
        "majority_label": labels[m],
        "majority_accuracy": float(p[m]),
        "majority_macro_f1": float(2 * p[m] / (1 + p[m]) / len(labels)),
        "chance_accuracy": float(p @ p),
        "chance_macro_f1": float(np.mean(p)),
    }
