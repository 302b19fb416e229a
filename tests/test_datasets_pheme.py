"""RumourEval 2017 loader: the thread structure (depth, parent's stance, thread veracity)."""

import json
import tarfile

import pandas as pd
import pytest
import smcm_data
from smcm_data import locate, pheme, registry


@pytest.fixture(scope="module")
def tweets():
    return smcm_data.load("pheme_rumoureval2017")


def test_structure_columns_and_types(tweets):
    assert str(tweets["depth"].dtype) == "Int64"
    assert list(tweets["parent_stance"].cat.categories) == pheme.STANCES
    assert list(tweets["thread_veracity"].cat.categories) == pheme.VERACITY
    assert not tweets["depth"].isna().any()
    assert (tweets["depth"] == 0).sum() == 297
    assert ((tweets["depth"] == 0) == tweets["is_source"]).all()
    replies = tweets[~tweets["is_source"]]
    assert ((replies["depth"] == 1) == (replies["parent_id"] == replies["thread_id"])).all()
    assert int(tweets["depth"].max()) == 24


def test_depth_matches_structure_json(tweets):
    """depth equals the nesting level of each tweet id in its thread's structure.json."""
    dataset = registry.get("pheme_rumoureval2017")
    archive_path = locate.locate(dataset, "semeval2017-task8-dataset.tar.gz")
    level = {}

    def walk(node, depth):
        for key, value in node.items():
            level[int(key)] = depth
            if isinstance(value, dict):
                walk(value, depth + 1)

    with tarfile.open(archive_path) as archive:
        for member in archive:
            if member.isfile() and member.name.endswith("/structure.json"):
                walk(json.load(archive.extractfile(member)), 0)
    got = dict(zip(tweets["tweet_id"].astype(int), tweets["depth"].astype(int), strict=True))
    assert all(level[tweet] == depth for tweet, depth in got.items())


def test_parent_stance_and_thread_veracity(tweets):
    stance = dict(zip(tweets["tweet_id"], tweets["stance_sdqc"], strict=True))
    replies = tweets[~tweets["is_source"]]
    assert (
        replies["parent_stance"].astype(str) == replies["parent_id"].map(stance).astype(str)
    ).all()
    assert tweets.loc[tweets["is_source"], "parent_stance"].isna().all()
    assert replies["parent_stance"].value_counts().to_dict() == {
        "support": 2604,
        "comment": 1263,
        "deny": 207,
        "query": 148,
    }
    sources = tweets[tweets["is_source"]]
    assert (sources["thread_veracity"].astype(str) == sources["veracity"].astype(str)).all()
    per_thread = tweets.groupby("thread_id")["thread_veracity"].nunique()
    assert (per_thread == 1).all()
    assert tweets["thread_veracity"].value_counts().to_dict() == {
        "true": 1934,
        "unverified": 1782,
        "false": 803,
    }


def test_raw_keeps_the_csv_columns():
    raw = smcm_data.load("pheme_rumoureval2017", raw=True)
    assert not {"depth", "parent_stance", "thread_veracity"} & set(raw.columns)


def test_reply_depths_missing_ancestors_and_cycles():
    ids = pd.Series([1, 2, 3, 4, 5, 6, 7, 8], index=list("abcdefgh"))
    parents = pd.Series([None, 1, 2, 99, 4, 7, 6, 3], index=list("abcdefgh"))
    depths = pheme.reply_depths(ids, parents)
    assert list(depths.index) == list("abcdefgh")
    assert depths.tolist()[:3] == [0, 1, 2] and depths.tolist()[7] == 3
    assert depths.iloc[3:7].isna().all()
    assert pheme.reply_depths(pd.Series([], dtype="Int64"), pd.Series([], dtype="Int64")).empty
