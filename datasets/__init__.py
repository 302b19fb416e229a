"""Registry, loaders, datasheets and generators for the course's data (imported as smcm_data).

>>> import smcm_data
>>> tweets = smcm_data.load("twitter_us_airline_sentiment")          # cleaned
>>> original = smcm_data.load("twitter_us_airline_sentiment", raw=True)

``smcm-data list`` shows every data set; ``smcm-data info NAME`` its files, licence and options.
"""

from .errors import ChecksumMismatchError, DataError, DataFileMissingError, FetchError
from .loader import clear_cache, load
from .registry import datasets

__all__ = [
    "ChecksumMismatchError",
    "DataError",
    "DataFileMissingError",
    "FetchError",
    "clear_cache",
    "datasets",
    "load",
]
