"""Sentiment lexicons: Hu & Liu opinion lexicon and AFINN-165."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .typing_helpers import as_category

HU_LIU = {
    "positive": "hu_liu_opinion_lexicon/positive-words.txt",
    "negative": "hu_liu_opinion_lexicon/negative-words.txt",
}
AFINN = "afinn/AFINN-en-165.txt"
AFINN_EMOTICONS = "afinn/AFINN-emoticon-8.txt"


def _words(path: Path) -> list[str]:
    """Non-empty lines that are not ';' comments (the files start with a citation header)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith(";")]


def read_hu_liu(path_of: Callable[[str], Path], *, raw: bool) -> pd.DataFrame:
    frame = pd.concat(
        [pd.DataFrame({"word": _words(path_of(f)), "polarity": p}) for p, f in HU_LIU.items()],
        ignore_index=True,
    )
    if not raw:
        # envious, enviously, enviousness are in both lists: a word cannot score both ways
        frame = frame[~frame["word"].duplicated(keep=False)].reset_index(drop=True)
        frame["polarity"] = as_category(frame["polarity"], ["negative", "positive"])
    return frame


def read_afinn(path: Path, *, raw: bool) -> pd.DataFrame:
    frame = pd.read_csv(
        path, sep="\t", header=None, names=["term", "score"], quoting=3, keep_default_na=False
    )
    if not raw:
        frame["score"] = frame["score"].astype("int8")
    return frame


def load_lexicon(
    path_of: Callable[[str], Path], *, raw: bool = False, lexicon: str = "afinn"
) -> pd.DataFrame:
    """A sentiment lexicon; ``lexicon`` "afinn" (default), "afinn_emoticons" or "hu_liu".

    afinn: 3,382 rows, ``term`` str (30 are multi-word), ``score`` int8 in -5..+5.
    afinn_emoticons: 96 rows, same columns. hu_liu: ``word`` str, ``polarity`` category (negative,
    positive); cleaned drops the 3 words listed as both (6,783 rows), raw keeps them (6,789).
    """
    if lexicon == "hu_liu":
        return read_hu_liu(path_of, raw=raw)
    if lexicon == "afinn":
        return read_afinn(path_of(AFINN), raw=raw)
    if lexicon == "afinn_emoticons":
        return read_afinn(path_of(AFINN_EMOTICONS), raw=raw)
    raise ValueError(f"lexicon must be 'afinn', 'afinn_emoticons' or 'hu_liu', not {lexicon!r}")
