"""Twitter US Airline Sentiment: raw schema, every cleaning step, id exactness."""

import pandas as pd
import pytest
import smcm_data
from smcm_data import airline_sentiment as airline

NAME = "twitter_us_airline_sentiment"


@pytest.fixture(scope="module")
def raw():
    return smcm_data.load(NAME, raw=True)


@pytest.fixture(scope="module")
def tweets():
    return smcm_data.load(NAME)


def test_raw_is_the_file(raw):
    assert raw.shape == (14_640, 15)
    assert raw["tweet_id"].duplicated(keep=False).sum() == 310
    assert raw["tweet_id"].duplicated().sum() == 155
    assert raw.duplicated().sum() == 36
    assert raw["text"].str.contains("Cancelled Flightled", regex=False).sum() == 500
    assert raw["text"].str.contains("Late Flightr", regex=False).sum() == 159
    assert raw["text"].str.contains("&amp;", regex=False).sum() == 615
    assert raw["tweet_coord"].notna().sum() == 1_019
    assert (raw["tweet_coord"] == "[0.0, 0.0]").sum() == 164
    assert raw["airline_sentiment"].value_counts().to_dict() == {
        "negative": 9178,
        "neutral": 3099,
        "positive": 2363,
    }


def test_id_survives_exactly(raw, tweets):
    for frame in (raw, tweets):
        assert frame["tweet_id"].dtype == "Int64"
        assert frame["tweet_id"].iloc[0] == 570306133677760513
    # the float64 round trip the loader avoids would change it
    assert int(float(570306133677760513)) != 570306133677760513
    as_text = pd.read_csv(
        smcm_data.locate.locate(smcm_data.registry.get(NAME), "Tweets.csv"),
        dtype=str,
        usecols=["tweet_id"],
    )["tweet_id"]
    assert raw["tweet_id"].astype(str).tolist() == as_text.tolist()


def test_cleaned_schema(tweets):
    assert len(tweets) == 14_485
    assert tweets["tweet_id"].is_unique
    assert str(tweets["tweet_created"].dt.tz) == "UTC"
    assert tweets["tweet_created"].min() == pd.Timestamp("2015-02-17 07:36:05", tz="UTC")
    assert tweets["tweet_created"].max() == pd.Timestamp("2015-02-24 19:53:37", tz="UTC")
    sentiment = tweets["airline_sentiment"]
    assert sentiment.dtype == "category" and sentiment.cat.ordered
    assert list(sentiment.cat.categories) == ["negative", "neutral", "positive"]
    assert tweets["airline"].dtype == "category"
    assert set(tweets["airline"].cat.categories) == {
        "United",
        "US Airways",
        "American",
        "Southwest",
        "Delta",
        "Virgin America",
    }
    assert "tweet_coord" not in tweets
    assert tweets["latitude"].dtype == "Float64"


def test_duplicates_keep_highest_confidence(raw, tweets):
    duplicated = raw[raw["tweet_id"].duplicated(keep=False)]
    best = duplicated.groupby("tweet_id")["airline_sentiment_confidence"].max()
    kept = tweets.set_index("tweet_id").loc[best.index, "airline_sentiment_confidence"]
    assert (kept.to_numpy() == best.to_numpy()).all()


def test_duplicate_rule_breaks_ties_by_file_order():
    frame = pd.DataFrame(
        {"tweet_id": [1, 2, 1, 2], "airline_sentiment_confidence": [0.5, 0.7, 0.9, 0.7]}
    )
    frame["row"] = ["a", "b", "c", "d"]
    assert airline.drop_duplicate_ids(frame)["row"].tolist() == ["b", "c"]


def test_substitution_artefact_reversed(tweets):
    fixed = airline.undo_substitution_artefact(
        pd.Series(["it was Cancelled Flightled", "see you Late Flightr", "chocoLate Flight"])
    )
    assert fixed.tolist() == ["it was cancelled", "see you later", "chocolate"]
    assert not tweets["text"].str.contains("Cancelled Flight|Late Flight").any()


def test_html_entities_unescaped(tweets):
    assert airline.unescape_html(pd.Series(["A &amp; B &gt; C"])).tolist() == ["A & B > C"]
    assert not tweets["text"].str.contains("&amp;|&gt;|&lt;").any()


def test_placeholder_coordinates_missing(raw, tweets):
    parts = airline.split_coordinates(pd.Series(["[0.0, 0.0]", "[40.64, -73.78]", None]))
    assert parts["latitude"].isna().tolist() == [True, False, True]
    assert parts.loc[1, "longitude"] == -73.78
    kept_coords = airline.drop_duplicate_ids(raw)["tweet_coord"].dropna()
    assert tweets["latitude"].notna().sum() == (kept_coords != "[0.0, 0.0]").sum()
    assert not ((tweets["latitude"] == 0) & (tweets["longitude"] == 0)).any()


def test_reason_confidence_only_for_negative(raw, tweets):
    assert (
        (raw["airline_sentiment"] != "negative") & (raw["negativereason_confidence"] == 0)
    ).any()
    not_negative = tweets["airline_sentiment"] != "negative"
    assert tweets.loc[not_negative, "negativereason_confidence"].isna().all()
    assert tweets.loc[~not_negative, "negativereason_confidence"].notna().any()


def test_cache_returns_independent_copies():
    first = smcm_data.load(NAME)
    first.loc[0, "text"] = "overwritten"
    del first["airline"]
    again = smcm_data.load(NAME)
    assert again.loc[0, "text"] != "overwritten"
    assert "airline" in again


def test_conflicting_duplicates_are_american(raw):
    """All 155 repeated ids are American tweets; 18 carry two sentiments (week 6 quotes both)."""
    repeated = raw[raw["tweet_id"].duplicated(keep=False)]
    assert set(repeated["airline"]) == {"American"}
    pairs = repeated.groupby("tweet_id")["airline_sentiment"].agg(lambda s: " / ".join(sorted(s)))
    conflicting = pairs[
        ~pairs.isin(["negative / negative", "neutral / neutral", "positive / positive"])
    ]
    assert conflicting.value_counts().to_dict() == {
        "neutral / positive": 10,
        "negative / neutral": 4,
        "negative / positive": 4,
    }


def test_confidence_bands(tweets):
    """Annotator agreement: 10,363 tweets at 1.0 and 232 below 0.5 in the cleaned table."""
    confidence = tweets["airline_sentiment_confidence"]
    assert (confidence == 1.0).sum() == 10_363
    assert (confidence < 0.5).sum() == 232
    assert confidence.between(1 / 3 - 1e-9, 1.0).all()
