# correct: a networkx forest, breadth-first depths from every source
import networkx as nx


def thread_features(tweets):
    ids = list(tweets["tweet_id"])
    parent = {t: (None if pd.isna(p) else p) for t, p in zip(ids, tweets["parent_id"])}
    graph = nx.DiGraph()
    graph.add_nodes_from(ids)
    graph.add_edges_from((p, t) for t, p in parent.items() if p is not None and p in parent)
    depth = {}
    for t in ids:
        if parent[t] is None:
            depth.update(nx.single_source_shortest_path_length(graph, t))
    stance = dict(zip(ids, tweets["stance_sdqc"]))
    user = dict(zip(ids, tweets["user_id"]))
    source_user = {th: user[t] for t, th in zip(ids, tweets["thread_id"]) if parent[t] is None}
    out = pd.DataFrame(
        {
            "depth": pd.array([depth.get(t) for t in ids], dtype="Int64"),
            "to_source": [
                parent[t] in parent and parent[parent[t]] is None
                if parent[t] is not None
                else False
                for t in ids
            ],
            "parent_stance": [
                stance[parent[t]] if parent[t] is not None and parent[t] in parent else None
                for t in ids
            ],
            "self_reply": [
                parent[t] is not None and th in source_user and user[t] == source_user[th]
                for t, th in zip(ids, tweets["thread_id"])
            ],
            "n_replies": [graph.out_degree(t) for t in ids],
        },
        index=pd.Index(ids, name="tweet_id"),
    )
    return out
