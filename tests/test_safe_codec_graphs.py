"""Graphs cross the boundary as columns: exact round trips, and hostile encodings refused."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from autograder.grading import safe_codec


def round_trip(value):
    header, buffers = safe_codec.unpack(safe_codec.pack(*safe_codec.encode(value)))
    return safe_codec.decode(header["value"], buffers)


def same_graph(a, b) -> bool:
    return (
        type(a) is type(b)
        and a.graph == b.graph
        and list(a.nodes(data=True)) == list(b.nodes(data=True))
        and sorted(map(repr, a.edges(data=True, **({"keys": True} if a.is_multigraph() else {}))))
        == sorted(map(repr, b.edges(data=True, **({"keys": True} if b.is_multigraph() else {}))))
    )


@pytest.mark.parametrize("kind", [nx.Graph, nx.DiGraph, nx.MultiGraph, nx.MultiDiGraph])
def test_graphs_of_every_kind_round_trip_exactly(kind):
    g = kind(name="crisis")
    g.add_node("isolé", camp="left")
    g.add_edge(1, "b", weight=2.5)
    g.add_edge("b", (3, 4), weight=1.0)
    g.add_edge(1, 1, weight=math.inf)
    if g.is_multigraph():
        g.add_edge(1, "b", key="second", weight=0.5)
    back = round_trip(g)
    assert same_graph(g, back)
    assert all(type(n) in (int, str, tuple) for n in back)


def test_large_graphs_use_columns_and_keep_types():
    g = nx.gnm_random_graph(2000, 8000, seed=3, directed=True)
    for u, v in g.edges:
        g[u][v]["weight"] = float(u + v)
        g[u][v]["label"] = f"e{u}"
    nx.set_node_attributes(g, {n: n % 3 for n in g}, "group")
    header, _ = safe_codec.encode(g)
    assert header["value"]["edge_attrs"]["k"] == "columns"
    back = round_trip(g)
    assert same_graph(g, back)
    assert all(type(w) is float for _, _, w in back.edges(data="weight"))
    assert all(type(n) is int for n in back)


def test_mixed_attribute_keys_fall_back_to_one_dict_per_edge():
    g = nx.Graph([(1, 2, {"weight": 1}), (2, 3, {"sign": -1}), (3, 4, {})])
    header, _ = safe_codec.encode(g)
    assert header["value"]["edge_attrs"]["k"] == "dicts"
    assert same_graph(g, round_trip(g))


def _forged(mutate):
    g = nx.path_graph(5)
    nx.set_edge_attributes(g, 1.0, "weight")
    header, buffers = safe_codec.encode(g)
    mutate(header["value"], buffers)
    return header, buffers


@pytest.mark.parametrize(
    "mutate",
    [
        lambda enc, b: enc["v"].update(k="str", v=["a", "b"]),  # fewer targets than sources
        lambda enc, b: enc["nodes"].update(k="str", v=["a", 3]),  # a "str" list with an int
        lambda enc, b: b.__setitem__(enc["u"]["buf"], b[enc["u"]["buf"]][:-3]),  # partial value
        lambda enc, b: enc["edge_attrs"].update(n=99),  # attributes for other edges
        lambda enc, b: enc["nodes"].update(k="pickle"),  # an unknown kind
        lambda enc, b: enc["edge_attrs"].update(k="dicts", v=[1, 2, 3, 4]),  # not dicts
    ],
)
def test_forged_graph_encodings_are_unreadable(mutate):
    header, buffers = _forged(mutate)
    with pytest.raises(safe_codec.UnreadableResult):
        safe_codec.decode(header["value"], buffers)
