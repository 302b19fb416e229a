"""polblogs, the 2010 Twitter networks and the Twitter15/16 cascades."""

import networkx as nx
import pandas as pd
import pytest
import smcm_data

TREES = "twitter15_16_propagation_trees"


def test_polblogs_loads_despite_duplicate_edges():
    raw = smcm_data.load("polblogs", raw=True)
    assert isinstance(raw, nx.MultiDiGraph)
    assert raw.number_of_nodes() == 1_490 and raw.number_of_edges() == 19_090
    graph = smcm_data.load("polblogs")
    assert type(graph) is nx.DiGraph
    assert graph.number_of_edges() == 19_025 and nx.number_of_selfloops(graph) == 3
    multiplicity = nx.get_edge_attributes(graph, "multiplicity")
    assert sum(m == 2 for m in multiplicity.values()) == 65
    assert sum(multiplicity.values()) == 19_090
    leaning = nx.get_node_attributes(graph, "leaning")
    assert pd.Series(leaning).value_counts().to_dict() == {"liberal": 758, "conservative": 732}
    assert not any(
        label != label.strip() for label in nx.get_node_attributes(graph, "label").values()
    )
    undirected = nx.Graph(graph)
    undirected.remove_edges_from(nx.selfloop_edges(undirected))
    assert undirected.number_of_edges() == 16_715
    giant = undirected.subgraph(max(nx.connected_components(undirected), key=len))
    assert (giant.number_of_nodes(), giant.number_of_edges()) == (1_222, 16_714)
    assert nx.attribute_assortativity_coefficient(giant, "value") == pytest.approx(0.811, abs=1e-3)


def test_retweet_network_matches_graphml():
    graph = smcm_data.load("icwsm_polarization_twitter2010")
    assert graph.number_of_nodes() == 18_470 and graph.number_of_edges() == 61_157
    pairs = nx.DiGraph(graph)
    assert pairs.number_of_edges() == 48_365
    assert nx.number_of_selfloops(graph) == 0
    clusters = pd.Series(nx.get_node_attributes(graph, "cluster")).value_counts().to_dict()
    assert clusters == {"left": 11_355, "right": 7_115}
    times = [t for *_, t in graph.edges(data="time")]
    assert pd.to_datetime(min(times), unit="s") == pd.Timestamp("2010-09-14 04:00:21")
    assert pd.to_datetime(max(times), unit="s") == pd.Timestamp("2010-11-01 22:41:59")
    raw = smcm_data.load("icwsm_polarization_twitter2010", raw=True)
    # the edge list and the GraphML file describe the same network, node K = "nK"
    assert all(graph.nodes[int(n[1:])]["cluster"] == c for n, c in raw.nodes(data="cluster"))
    raw_pairs = {(int(u[1:]), int(v[1:])) for u, v in raw.edges()}
    assert raw_pairs == set(pairs.edges())


def test_mention_network_unlabelled_nodes():
    graph = smcm_data.load("icwsm_polarization_twitter2010", network="mention")
    assert graph.number_of_nodes() == 7_175 and graph.number_of_edges() == 15_159
    clusters = pd.Series(dict(graph.nodes(data="cluster")), dtype=object)
    assert clusters.isna().sum() == 3_271
    assert clusters.value_counts().to_dict() == {"right": 2_101, "left": 1_803}


@pytest.fixture(scope="module")
def edges():
    return smcm_data.load(TREES)


def test_cascade_edges_schema(edges):
    assert len(edges) == 987_994
    assert edges.groupby("collection", observed=True).size().to_dict() == {
        "twitter15": 624_458,
        "twitter16": 363_536,
    }
    for column in ["tree_id", "parent_uid", "parent_tweet_id", "child_uid", "child_tweet_id"]:
        assert edges[column].dtype == "Int64", column
    assert edges["label"].notna().all()
    assert edges.groupby("collection", observed=True)["tree_id"].nunique().to_dict() == {
        "twitter15": 1_490,
        "twitter16": 818,
    }
    roots = edges[edges["is_root_edge"]]
    assert len(roots) == 2_308 and roots["parent_tweet_id"].isna().all()
    # each tree file is named after its source tweet, the child of its ROOT edge, except in
    # 17 trees whose ROOT child is an earlier tweet (negative delay): a defect to know about
    other_root = roots[roots["child_tweet_id"] != roots["tree_id"]]
    assert len(other_root) == 17 and (other_root["child_delay_min"] < 0).all()


def test_cascade_defects_flagged(edges):
    flags = edges.groupby("collection", observed=True)[["negative_delay", "child_before_parent"]]
    assert flags.sum().to_dict("index") == {
        "twitter15": {"negative_delay": 671, "child_before_parent": 7_017},
        "twitter16": {"negative_delay": 346, "child_before_parent": 4_510},
    }


def test_cascade_labels_and_raw():
    labels = smcm_data.load(TREES, table="labels", collection="twitter16")
    assert labels["label"].value_counts().to_dict() == {
        "true": 207,
        "false": 205,
        "non-rumor": 205,
        "unverified": 201,
    }
    raw = smcm_data.load(TREES, raw=True, collection="twitter16")
    assert len(raw) == 363_536
    assert raw.loc[0, "parent_uid"] == "ROOT"
    tree = raw[raw["tree_id"] == raw["tree_id"].iloc[0]]
    assert tree["child_tweet_id"].iloc[0] == str(raw["tree_id"].iloc[0])


def test_ids_exact_in_cascades(edges):
    """An 18-digit id from the file text survives exactly (float64 would round it)."""
    raw = smcm_data.load(TREES, raw=True, collection="twitter15")
    text_ids = raw["child_tweet_id"].iloc[:1000]
    parsed = edges["child_tweet_id"].iloc[:1000].astype(str)
    assert (text_ids.to_numpy() == parsed.to_numpy()).all()
    big = [int(t) for t in text_ids if len(t) >= 18]
    assert big and any(int(float(i)) != i for i in big)
