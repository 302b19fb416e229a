# correct: scikit-learn for the majority baseline, the closed forms for stratified guessing
from sklearn.metrics import f1_score


def baseline_scores(train_labels, test_labels, labels):
    labels = list(labels)
    train = pd.Series(list(train_labels), dtype=object)
    test = pd.Series(list(test_labels), dtype=object)
    if len(train) == 0 or len(test) == 0 or not (set(train) | set(test)) <= set(labels):
        raise ValueError("bad labels")
    vc = train.value_counts()
    majority = next(k for k in labels if vc.get(k, 0) == vc.max())
    pred = [majority] * len(test)
    q = np.array([vc.get(k, 0) / len(train) for k in labels])
    p = np.array([(test == k).mean() for k in labels])
    with np.errstate(invalid="ignore", divide="ignore"):
        f = np.nan_to_num(2 * p * q / (p + q))
    return {
        "majority_label": majority,
        "majority_accuracy": float((test == majority).mean()),
        "majority_macro_f1": float(
            f1_score(list(test), pred, labels=labels, average="macro", zero_division=0)
        ),
        "chance_accuracy": float(np.sum(p * q)),
        "chance_macro_f1": float(f.mean()),
    }
