# wrong: macro-F1 over the classes present in the true labels only (a predicted-only class is ignored)
from sklearn.metrics import accuracy_score, f1_score


def leave_one_event_out(events, y, fit_predict):
    events = np.asarray(list(events), dtype=object)
    y = np.asarray(list(y), dtype=object).astype(str)
    names = pd.unique(events)
    if len(names) < 2:
        raise ValueError("need two events")
    pred_all = np.empty(len(y), dtype=object)
    base_all = np.empty(len(y), dtype=object)
    rows = []

    def score(true, pred):
        return (
            accuracy_score(true, pred),
            f1_score(true, pred, labels=sorted(set(true)), average="macro", zero_division=0),
        )

    for name in names:
        held = events == name
        train, test = np.flatnonzero(~held), np.flatnonzero(held)
        pred_all[test] = list(fit_predict(train, test))
        vc = pd.Series(y[train]).value_counts()
        base_all[test] = min(vc.index[vc == vc.max()])
        acc, mf1 = score(y[test], pred_all[test].astype(str))
        rows.append(
            {
                "event": name,
                "n": len(test),
                "accuracy": acc,
                "macro_f1": mf1,
                "majority_accuracy": float(np.mean(base_all[test] == y[test])),
            }
        )
    acc, mf1 = score(y, pred_all.astype(str))
    rows.append(
        {
            "event": "all (pooled)",
            "n": len(y),
            "accuracy": acc,
            "macro_f1": mf1,
            "majority_accuracy": float(np.mean(base_all == y)),
        }
    )
    return pd.DataFrame(rows)
