"""Daily prices exported from Yahoo Finance: seven shares, the S&P 500 and Samsung Electronics.

Dates are trading days in the exchange's own calendar, so they stay calendar dates
(datetime64 without a time zone): a trading day is not an instant, and converting Seoul dates to
UTC would move them to the previous day.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

TICKERS = ("UAL", "JBLU", "TM", "CMG", "DAL", "AAL", "LUV")
COLUMNS = {
    "Date": "date",
    "Open": "open",
    "High": "high",
    "Low": "low",
    "Close": "close",
    "Adj Close": "adj_close",
    "Volume": "volume",
}
# Samsung's last row is an intraday snapshot (volume 631,081 against ~11M the day before).
PARTIAL_LAST_DAY = {"005930.KS.csv": "2022-04-26"}


def read_prices(path: Path, *, raw: bool) -> pd.DataFrame:
    frame = pd.read_csv(path)
    if raw:
        return frame
    frame = frame.rename(columns=COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d")
    frame["volume"] = frame["volume"].astype("int64")
    return drop_non_trading_rows(frame, path.name)


def drop_non_trading_rows(frame: pd.DataFrame, file_name: str) -> pd.DataFrame:
    """Drop rows that are not real trading days: zero volume with open = high = low = close
    (holidays filled with the previous close) and a known partial last day."""
    flat = frame[["open", "high", "low"]].eq(frame["close"], axis=0).all(axis=1)
    filler = (frame["volume"] == 0) & flat
    partial = frame["date"] == pd.Timestamp(PARTIAL_LAST_DAY.get(file_name, "1900-01-01"))
    return frame[~(filler | partial)].reset_index(drop=True)


def load_stocks(
    path_of: Callable[[str], Path], *, raw: bool = False, ticker: str | None = None
) -> pd.DataFrame:
    """Daily prices for ``ticker`` (one of UAL, JBLU, TM, CMG, DAL, AAL, LUV) or, with None, all
    seven stacked with a ``ticker`` category column.

    Cleaned columns: ``date`` datetime64 (trading day), ``open``, ``high``, ``low``, ``close``,
    ``adj_close`` float64 (adjusted for dividends and splits), ``volume`` int64; zero-volume
    filler rows with open = high = low = close dropped. Raw: the Yahoo columns as in the file.
    """
    if ticker is not None and ticker not in TICKERS:
        raise ValueError(f"ticker must be one of {TICKERS} or None, not {ticker!r}")
    if ticker is not None:
        return read_prices(path_of(f"{ticker}.csv"), raw=raw)
    frames = []
    for name in TICKERS:
        frame = read_prices(path_of(f"{name}.csv"), raw=raw)
        frame.insert(0, "ticker", name)
        frames.append(frame)
    table = pd.concat(frames, ignore_index=True)
    if not raw:
        table["ticker"] = pd.Categorical(table["ticker"], categories=list(TICKERS))
    return table


def load_sp500(path_of: Callable[[str], Path], *, raw: bool = False) -> pd.DataFrame:
    """S&P 500 index (^GSPC) daily 2001-01-02..2018-08-01; columns as for load_stocks."""
    return read_prices(path_of("GSPC.csv"), raw=raw)


def load_samsung(path_of: Callable[[str], Path], *, raw: bool = False) -> pd.DataFrame:
    """Samsung Electronics (005930.KS) daily in KRW, split-adjusted; columns as for load_stocks.

    Cleaned drops the 127 zero-volume holiday fillers and the partial last day (2022-04-26).
    The duplicated prices of 2000-07-18/19 are kept (which date is wrong is unknown).
    """
    return read_prices(path_of("005930.KS.csv"), raw=raw)
