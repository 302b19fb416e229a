"""Errors raised by the data layer, each naming the file and what is wrong with it."""

from __future__ import annotations


class DataError(Exception):
    """Base class for every error raised by smcm_data."""


class UnknownDatasetError(DataError, KeyError):
    """The name is not in datasets/registry.toml."""

    def __str__(self) -> str:  # KeyError would otherwise wrap the message in quotes
        return str(self.args[0])


class DataFileMissingError(DataError, FileNotFoundError):
    """A registered file is in none of the searched folders."""


class ChecksumMismatchError(DataError):
    """A file's sha256 differs from the registry: the file is never used."""


class FetchError(DataError):
    """A file could not be downloaded, or cannot be downloaded byte-identically at all."""
