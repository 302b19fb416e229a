# wrong: the majority baseline uses the held-out event's own majority label
from sklearn.metrics import accuracy_score, f1_score


def leave_one_event_out(events, y, fit_predict):
    events = np.asarray(list(events), dtype=object)
    y = np.asarray(list(y), dtype=object)
    names = pd.unique(events)
    if len(names) < 2:
        raise ValueError("need two events")
    pred_all = np.empty(len(y), dtype=object)
    base_all = np.empty(len(y), dtype=object)
    rows = []
    for name in names:
        held = events == name
        train, test = np.flatnonzero(~held), np.flatnonzero(held)
        pred_all[test] = list(fit_predict(train, test))
        vc = pd.Series(y[test]).value_counts()
        base_all[test] = min(vc.index[vc == vc.max()])
        rows.append(
            {
                "event": name,
                "n": len(test),
                "accuracy": accuracy_score(y[test].astype(str), pred_all[test].astype(str)),
                "macro_f1": f1_score(
                    y[test].astype(str),
                    pred_all[test].astype(str),
                    average="macro",
                    zero_division=0,
                ),
                "majority_accuracy": float(np.mean(base_all[test] == y[test])),
            }
        )
    rows.append(
        {
            "event": "all (pooled)",
            "n": len(y),
            "accuracy": accuracy_score(y.astype(str), pred_all.astype(str)),
            "macro_f1": f1_score(
                y.astype(str), pred_all.astype(str), average="macro", zero_division=0
            ),
            "majority_accuracy": float(np.mean(base_all == y)),
        }
    )
    return pd.DataFrame(rows)
