# correct: build the predictions and the expected confusion matrix and score them with plain counting
def baseline_scores(train_labels, test_labels, labels):
    labels = list(labels)
    train, test = list(train_labels), list(test_labels)
    if not train or not test or any(x not in labels for x in train + test):
        raise ValueError("bad labels")
    counts = [train.count(k) for k in labels]
    majority = labels[counts.index(max(counts))]
    n = len(test)

    def macro_f1(conf):
        f = []
        for i in range(len(labels)):
            tp = conf[i][i]
            pred = sum(conf[r][i] for r in range(len(labels)))
            true = sum(conf[i])
            p = tp / pred if pred else 0.0
            r = tp / true if true else 0.0
            f.append(2 * p * r / (p + r) if p + r else 0.0)
        return sum(f) / len(f)

    m = labels.index(majority)
    conf_major = [[(test.count(k) if j == m else 0) for j in range(len(labels))] for k in labels]
    q = [c / len(train) for c in counts]
    conf_chance = [[test.count(k) * q[j] for j in range(len(labels))] for k in labels]
    return {
        "majority_label": majority,
        "majority_accuracy": test.count(majority) / n,
        "majority_macro_f1": macro_f1(conf_major),
        "chance_accuracy": sum(conf_chance[i][i] for i in range(len(labels))) / n,
        "chance_macro_f1": macro_f1(conf_chance),
    }
