# wrong: the pooled row averages the per-event scores instead of scoring all predictions together
from sklearn.metrics import accuracy_score, f1_score


def leave_one_event_out(events, y, fit_predict):
    events = np.asarray(list(events), dtype=object)
    y = np.asarray(list(y), dtype=object)
    names = pd.unique(events)
    if len(names) < 2:
        raise ValueError("need two events")
    rows = []
    for name in names:
        held = events == name
        train, test = np.flatnonzero(~held), np.flatnonzero(held)
        pred = np.asarray(list(fit_predict(train, test)), dtype=object).astype(str)
        vc = pd.Series(y[train]).value_counts()
        majority = min(vc.index[vc == vc.max()])
        rows.append(
            {
                "event": name,
                "n": len(test),
                "accuracy": accuracy_score(y[test].astype(str), pred),
                "macro_f1": f1_score(y[test].astype(str), pred, average="macro", zero_division=0),
                "majority_accuracy": float(np.mean(y[test] == majority)),
            }
        )
    table = pd.DataFrame(rows)
    pooled = {"event": "all (pooled)", "n": len(y)}
    pooled.update(table[["accuracy", "macro_f1", "majority_accuracy"]].mean().to_dict())
    return pd.concat([table, pd.DataFrame([pooled])], ignore_index=True)
