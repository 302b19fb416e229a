# correct: networkx topological generations of the forest (a cycle leaves tweets out)
import networkx as nx


def predict_in_tree_order(tweet_ids, parent_ids, classify):
    ids = list(tweet_ids)
    graph = nx.DiGraph()
    graph.add_nodes_from(ids)
    parent = {}
    for t, p in zip(ids, parent_ids):
        if p is not None and not (not isinstance(p, str) and pd.isna(p)) and p in graph:
            graph.add_edge(p, t)
            parent[t] = p
    if not nx.is_directed_acyclic_graph(graph):
        raise ValueError("the parents form a cycle")
    prediction = {}
    for generation in nx.topological_generations(graph):
        batch = list(generation)
        out = list(classify(batch, [prediction[parent[t]] if t in parent else None for t in batch]))
        prediction.update(zip(batch, out))
    return pd.Series([prediction[t] for t in ids], index=ids, dtype=object)
