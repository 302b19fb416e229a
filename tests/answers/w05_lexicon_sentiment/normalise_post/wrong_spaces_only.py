# Wrong: collapses runs of the space character only; tabs, newlines and other whitespace stay.
import html
import re
import unicodedata


def normalise_post(text):
    """Cleaned text of a post: entities unescaped, NFKC, plain quotes, no format characters, one space."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    previous = None
    while previous != text:
        previous, text = text, html.unescape(text)
    text = unicodedata.normalize("NFKC", text)
    quotes = {"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
    text = "".join(quotes.get(ch, ch) for ch in text if unicodedata.category(ch) != "Cf")
    return re.sub(" +", " ", text).strip(" ")
