# correct: scikit-learn's LeaveOneGroupOut and metrics
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import LeaveOneGroupOut


def leave_one_event_out(events, y, fit_predict):
    events = np.asarray(list(events), dtype=object)
    y = np.asarray(list(y), dtype=str)
    codes, names = pd.factorize(events)
    if len(names) < 2:
        raise ValueError("need two events")
    pred = np.empty(len(y), dtype=object)
    base = np.empty(len(y), dtype=object)
    rows = []
    for train, test in LeaveOneGroupOut().split(y, y, codes):
        pred[test] = np.asarray(list(fit_predict(train, test)), dtype=object)
        vc = pd.Series(y[train]).value_counts()
        base[test] = sorted(vc[vc == vc.max()].index)[0]
        rows.append(
            {
                "event": events[test[0]],
                "n": len(test),
                "accuracy": accuracy_score(y[test], pred[test].astype(str)),
                "macro_f1": f1_score(
                    y[test], pred[test].astype(str), average="macro", zero_division=0
                ),
                "majority_accuracy": float(np.mean(base[test] == y[test])),
            }
        )
    rows.append(
        {
            "event": "all (pooled)",
            "n": len(y),
            "accuracy": accuracy_score(y, pred.astype(str)),
            "macro_f1": f1_score(y, pred.astype(str), average="macro", zero_division=0),
            "majority_accuracy": float(np.mean(base == y)),
        }
    )
    return pd.DataFrame(rows)
