# wrong: classifies tweets one at a time in input order, so a child listed before its parent sees None
def predict_in_tree_order(tweet_ids, parent_ids, classify):
    ids = list(tweet_ids)
    prediction = {}
    for t, p in zip(ids, parent_ids):
        parent_prediction = (
            prediction.get(p)
            if not (p is None or (not isinstance(p, str) and pd.isna(p)))
            else None
        )
        prediction[t] = list(classify([t], [parent_prediction]))[0]
    return pd.Series([prediction[t] for t in ids], index=ids)
