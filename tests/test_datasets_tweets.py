"""United 3411, RumourEval 2017 and CrisisLex: schema, counts, date ranges, listed defects."""

import pandas as pd
import pytest
import smcm_data
from smcm_data import crisislex, ua3411

UTC = "UTC"


@pytest.fixture(scope="module")
def united():
    return smcm_data.load("united_flight3411_tweets_2017")


def test_united_schema_and_counts(united):
    assert len(united) == 21_699
    assert united["tweet_id"].is_unique
    for column in ua3411.ID_COLUMNS:
        assert united[column].dtype == "Int64", column
    assert str(united["created_at"].dt.tz) == UTC
    assert united["created_at"].min() == pd.Timestamp("2017-04-07 05:02:21", tz=UTC)
    assert united["created_at"].max() == pd.Timestamp("2017-04-19 23:59:59", tz=UTC)
    assert united["is_retweet"].sum() == 12_473
    assert united["in_reply_to_status_id"].notna().sum() == 1_942
    assert united["is_quote_status"].sum() == 1_721
    assert united["truncated"].sum() == 1_359
    assert united["is_core"].sum() == 4_802
    assert united["search_result_type"].dtype == "category"


def test_united_is_not_a_volume_series(united):
    """The defect the datasheet shouts about: 85.2% of rows were posted in hour 23 UTC."""
    share_23h = (united["created_at"].dt.hour == 23).mean()
    assert share_23h == pytest.approx(0.852, abs=0.001)
    assert "NOT a volume series" in united.attrs["caveat"]


def test_united_hourly_counts_match_tweets(united):
    hourly = smcm_data.load("united_flight3411_tweets_2017", table="hourly_counts")
    assert len(hourly) == 312 and str(hourly["hour_utc"].dt.tz) == UTC
    per_hour = united.groupby(united["created_at"].dt.floor("h")).size()
    counts = hourly.set_index("hour_utc")
    assert (counts["n_all"].reindex(per_hour.index) == per_hour).all()
    assert counts["n_all"].sum() == 21_699 and counts["n_core_3411_queries"].sum() == 4_802


def test_united_cleaning_steps(united):
    raw = smcm_data.load("united_flight3411_tweets_2017", raw=True)
    assert raw["text"].str.contains("&amp;", regex=False).sum() > 1_000
    assert not united["text"].str.contains("&amp;", regex=False).any()
    assert raw["tweet_id"].astype(str).tolist() == united["tweet_id"].astype(str).tolist()
    coords = ua3411.split_coordinates(pd.Series(["[-85.74, 38.18]", ""]))
    assert coords.loc[0, "latitude"] == 38.18 and pd.isna(coords.loc[1, "longitude"])
    assert ua3411.is_core(pd.Series(["CNN|david dao", "CNN|weibo"])).tolist() == [True, False]


def test_rumoureval_schema_labels_and_trees():
    tweets = smcm_data.load("pheme_rumoureval2017")
    assert len(tweets) == 4_519 and tweets["tweet_id"].is_unique
    assert tweets["thread_id"].nunique() == 297 and tweets["is_source"].sum() == 297
    assert tweets["stance_sdqc"].value_counts().to_dict() == {
        "comment": 2907,
        "support": 910,
        "query": 358,
        "deny": 344,
    }
    sources = tweets[tweets["is_source"]]
    assert sources["veracity"].value_counts().to_dict() == {
        "true": 137,
        "unverified": 98,
        "false": 62,
    }
    replies = tweets[~tweets["is_source"]]
    assert replies["veracity"].isna().all()
    assert (replies["parent_id"] == replies["in_reply_to_status_id"]).all()
    assert tweets["created_at"].min() == pd.Timestamp("2014-08-10 01:30:14", tz=UTC)
    assert tweets["created_at"].max() == pd.Timestamp("2015-04-01 20:12:15", tz=UTC)
    assert tweets["split"].value_counts().to_dict() == {"train": 4_238, "dev": 281}


def test_crisislex_t26():
    t26 = smcm_data.load("crisislex")
    raw = smcm_data.load("crisislex", raw=True)
    assert len(t26) == len(raw) == 27_933
    assert t26["event"].nunique() == 26
    assert not t26.duplicated(["event", "tweet_id"]).any()
    assert t26["tweet_id"].dtype == "Int64"
    # "Not labeled" (no annotation) becomes missing; "Not applicable" stays a label
    assert (raw["Information Source"] == "Not labeled").sum() == 3_344
    assert t26["information_source"].isna().sum() == 3_344
    assert t26["information_type"].isna().sum() == 3_419
    assert "Not applicable" in t26["information_type"].cat.categories
    assert t26["informativeness"].value_counts()["Related and informative"] == 16_849


def test_crisislex_t6_strips_apostrophes_and_duplicates():
    raw = smcm_data.load("crisislex", collection="T6", raw=True)
    t6 = smcm_data.load("crisislex", collection="T6")
    assert len(raw) == 60_082 and raw["tweet id"].str.startswith("'").all()
    assert len(t6) == 60_078 and not t6.duplicated(["event", "tweet_id"]).any()
    repeated = t6.groupby("event", observed=True).size().rsub(raw.groupby("event").size())
    assert repeated[repeated > 0].to_dict() == {
        "2013_Alberta_Floods": 2,
        "2013_Queensland_Floods": 2,
    }
    assert raw["tweet id"].iloc[0].strip("'") == str(t6["tweet_id"].iloc[0])
    assert set(t6["label"].cat.categories) == {"on-topic", "off-topic"}


def test_crisislex_events_parse_day_first_date():
    events = smcm_data.load("crisislex", collection="T26_events").set_index("event")
    assert len(events) == 26
    assert events.loc["2013_Alberta_floods", "start_day"] == pd.Timestamp("2013-06-17")
    assert events["start_day"].min() == pd.Timestamp("2012-05-18")
    assert events["start_day"].max() == pd.Timestamp("2013-12-01")
    assert crisislex._parse_start_day("17/06/2013") == pd.Timestamp("2013-06-17")
