# wrong: tweets caught in a cycle are silently left without a prediction instead of raising
def predict_in_tree_order(tweet_ids, parent_ids, classify):
    ids = list(tweet_ids)
    known = set(ids)
    children, level = {}, []
    for t, p in zip(ids, parent_ids):
        if p is None or (not isinstance(p, str) and pd.isna(p)) or p not in known:
            level.append(t)
        else:
            children.setdefault(p, []).append(t)
    prediction, given = {}, dict.fromkeys(level)
    while given:
        batch = list(given)
        prediction.update(zip(batch, list(classify(batch, [given[t] for t in batch]))))
        given = {c: prediction[t] for t in batch for c in children.get(t, [])}
    return pd.Series([prediction.get(t) for t in ids], index=ids)
