# correct: compute every tweet's depth below its root first, then one call per depth
def predict_in_tree_order(tweet_ids, parent_ids, classify):
    ids = list(tweet_ids)
    known = set(ids)
    parent = {}
    for t, p in zip(ids, parent_ids):
        parent[t] = (
            None if (p is None or (not isinstance(p, str) and pd.isna(p)) or p not in known) else p
        )
    depth = {}
    for t in ids:
        chain, node, seen = [], t, set()
        while node not in depth and parent[node] is not None:
            if node in seen:
                raise ValueError("cycle")
            seen.add(node)
            chain.append(node)
            node = parent[node]
        base = depth.get(node, 0)
        depth.setdefault(node, 0)
        for i, c in enumerate(reversed(chain), start=1):
            depth[c] = base + i
    prediction = {}
    for d in range(max(depth.values(), default=-1) + 1):
        batch = [t for t in ids if depth[t] == d]
        labels = classify(
            batch, [None if parent[t] is None else prediction[parent[t]] for t in batch]
        )
        prediction.update(zip(batch, list(labels)))
    return pd.Series([prediction[t] for t in ids], index=ids, dtype=object)
