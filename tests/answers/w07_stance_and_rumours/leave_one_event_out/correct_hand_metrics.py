# correct: metrics counted by hand, events in sorted order
def _scores(true, pred):
    classes = sorted(set(true) | set(pred))
    f = []
    for k in classes:
        tp = sum(t == k and p == k for t, p in zip(true, pred))
        npred = sum(p == k for p in pred)
        ntrue = sum(t == k for t in true)
        prec = tp / npred if npred else 0.0
        rec = tp / ntrue if ntrue else 0.0
        f.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    acc = sum(t == p for t, p in zip(true, pred)) / len(true)
    return acc, sum(f) / len(f)


def leave_one_event_out(events, y, fit_predict):
    events, y = list(events), [str(v) for v in y]
    names = sorted(set(events), key=str)
    if len(names) < 2:
        raise ValueError("need two events")
    all_true, all_pred, all_base, rows = [], [], [], []
    for name in names:
        test = np.array([i for i, e in enumerate(events) if e == name])
        train = np.array([i for i, e in enumerate(events) if e != name])
        pred = [str(p) for p in fit_predict(train, test)]
        counts = {}
        for i in train:
            counts[y[i]] = counts.get(y[i], 0) + 1
        top = max(counts.values())
        majority = min(k for k, c in counts.items() if c == top)
        true = [y[i] for i in test]
        acc, mf1 = _scores(true, pred)
        rows.append(
            {
                "event": name,
                "n": len(test),
                "accuracy": acc,
                "macro_f1": mf1,
                "majority_accuracy": sum(t == majority for t in true) / len(true),
            }
        )
        all_true += true
        all_pred += pred
        all_base += [majority] * len(true)
    acc, mf1 = _scores(all_true, all_pred)
    rows.append(
        {
            "event": "all (pooled)",
            "n": len(all_true),
            "accuracy": acc,
            "macro_f1": mf1,
            "majority_accuracy": sum(t == b for t, b in zip(all_true, all_base)) / len(all_true),
        }
    )
    return pd.DataFrame(rows)
