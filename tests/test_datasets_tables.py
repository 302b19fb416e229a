"""Lexicons, prices and food recalls: schema, counts, date ranges, listed defects."""

import pandas as pd
import pytest
import smcm_data
from smcm_data import prices, recalls


def test_afinn():
    afinn = smcm_data.load("sentiment_lexicons")
    assert len(afinn) == 3_382 and afinn["term"].is_unique
    assert afinn["score"].between(-5, 5).all() and (afinn["score"] == 0).sum() == 2
    assert afinn["term"].str.contains(" ").sum() == 30
    assert len(smcm_data.load("sentiment_lexicons", lexicon="afinn_emoticons")) == 96


def test_hu_liu_drops_words_in_both_lists():
    raw = smcm_data.load("sentiment_lexicons", lexicon="hu_liu", raw=True)
    clean = smcm_data.load("sentiment_lexicons", lexicon="hu_liu")
    assert raw["polarity"].value_counts().to_dict() == {"negative": 4_783, "positive": 2_006}
    both = set(raw.loc[raw["word"].duplicated(), "word"])
    assert both == {"envious", "enviously", "enviousness"}
    assert len(clean) == len(raw) - 6 and clean["word"].is_unique


@pytest.mark.parametrize(
    ("ticker", "rows", "first", "last"),
    [
        ("UAL", 3_740, "2006-02-06", "2020-12-11"),
        ("JBLU", 4_702, "2002-04-12", "2020-12-11"),
        ("CMG", 3_747, "2006-01-26", "2020-12-11"),
        ("DAL", 3_429, "2007-05-03", "2020-12-11"),
        ("AAL", 3_830, "2005-09-27", "2020-12-11"),
        ("LUV", 10_327, "1980-01-02", "2020-12-11"),
    ],
)
def test_stock_rows_and_ranges(ticker, rows, first, last):
    frame = smcm_data.load("stocks_yahoo_bluefin", ticker=ticker)
    assert len(frame) == rows and frame["date"].is_monotonic_increasing
    assert frame["date"].iloc[0] == pd.Timestamp(first)
    assert frame["date"].iloc[-1] == pd.Timestamp(last)
    assert list(frame.columns) == list(prices.COLUMNS.values())


def test_ual_cross_check_and_tm_fillers():
    ual = smcm_data.load("stocks_yahoo_bluefin", ticker="UAL").set_index("date")
    assert ual.loc["2017-04-10", "close"] == pytest.approx(71.519997)
    assert ual.loc["2017-04-11", "volume"] == 17_696_500
    tm_raw = smcm_data.load("stocks_yahoo_bluefin", ticker="TM", raw=True)
    tm = smcm_data.load("stocks_yahoo_bluefin", ticker="TM")
    assert len(tm_raw) == 11_178 and (tm_raw["Volume"] == 0).sum() == 133
    assert len(tm) == 11_178 - 115  # 115 of the 133 zero-volume rows are flat fillers
    assert tm["date"].iloc[-1] == pd.Timestamp("2020-12-11")
    stacked = smcm_data.load("stocks_yahoo_bluefin")
    assert stacked["ticker"].dtype == "category" and stacked["ticker"].nunique() == 7


def test_sp500_and_samsung():
    gspc = smcm_data.load("sp500_index_yahoo").set_index("date")
    assert len(gspc) == 4_423
    assert gspc.loc["2007-02-27", "close"] == pytest.approx(1399.04, abs=0.01)
    raw = smcm_data.load("samsung_005930KS", raw=True)
    samsung = smcm_data.load("samsung_005930KS")
    assert len(raw) == 5_604 and len(samsung) == 5_604 - 127 - 1
    assert (samsung["volume"] > 0).all()
    assert samsung["date"].iloc[-1] == pd.Timestamp("2022-04-25")
    assert samsung.set_index("date").loc["2016-10-11", "close"] == 30_900


def test_non_trading_rule():
    frame = pd.DataFrame(
        {
            "date": pd.to_datetime(["2020-01-01", "2020-01-02", "2020-01-03"]),
            "open": [1.0, 1.0, 2.0],
            "high": [1.0, 1.2, 2.0],
            "low": [1.0, 0.9, 2.0],
            "close": [1.0, 1.1, 2.0],
            "volume": [0, 0, 10],
        }
    )
    assert prices.drop_non_trading_rows(frame, "X.csv")["date"].dt.day.tolist() == [2, 3]


def test_recalls():
    frame = smcm_data.load("us_food_recalls_2024_2025")
    assert len(frame) == 339
    assert frame["agency"].value_counts().to_dict() == {"FDA": 266, "USDA": 73}
    assert str(frame["notification_dttm"].dt.tz) == "UTC"
    assert frame["notification_dttm"].min().date() == pd.Timestamp("2024-10-11").date()
    assert frame["notification_dttm"].max().date() == pd.Timestamp("2025-11-11").date()
    fda = frame[frame["agency"] == "FDA"]
    assert fda["notice_id_number"].isna().all() and fda["recall_type"].isna().all()
    # found while building the loader: two different USDA notices share one uid
    assert frame["uid"].duplicated().sum() == 1
    salmonella = frame["recall_reason"].str.contains("salmonella", case=False)
    assert (frame.loc[salmonella, "hazard"] == "salmonella").sum() >= salmonella.sum() - 1


def test_hazard_rule_order():
    reasons = pd.Series(
        ["Potential Foodborne Illness - Listeria", "Undeclared Milk", "Salmonella", "Mislabeling"]
    )
    assert recalls.classify_hazard(reasons).tolist() == [
        "listeria",
        "allergen",
        "salmonella",
        "other",
    ]


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("twitter_us_airline_sentiment", {}),
        ("united_flight3411_tweets_2017", {"table": "hourly_counts"}),
        ("pheme_rumoureval2017", {}),
        ("crisislex", {"collection": "T26_events"}),
        ("sentiment_lexicons", {"lexicon": "hu_liu"}),
        ("stocks_yahoo_bluefin", {"ticker": "UAL"}),
        ("sp500_index_yahoo", {}),
        ("samsung_005930KS", {}),
        ("polblogs", {}),
        ("icwsm_polarization_twitter2010", {}),
        ("us_food_recalls_2024_2025", {}),
    ],
)
def test_raw_and_cleaned_both_load(name, options):
    raw = smcm_data.load(name, raw=True, **options)
    cleaned = smcm_data.load(name, **options)
    assert len(raw) > 0 and len(cleaned) > 0
    assert type(raw) is type(cleaned) or hasattr(cleaned, "nodes")


def test_bad_option_values_are_named():
    with pytest.raises(ValueError, match="ticker"):
        smcm_data.load("stocks_yahoo_bluefin", ticker="XYZ")
    with pytest.raises(ValueError, match="collection"):
        smcm_data.load("crisislex", collection="T7")
