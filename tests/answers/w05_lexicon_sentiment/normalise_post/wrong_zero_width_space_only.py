# Wrong: removes only the zero-width space U+200B, not the other format characters (U+200D, U+FEFF, ...).
import html
import unicodedata


def normalise_post(text):
    """Cleaned text of a post: entities unescaped, NFKC, plain quotes, no format characters, one space."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    previous = None
    while previous != text:
        previous, text = text, html.unescape(text)
    text = unicodedata.normalize("NFKC", text).replace("\u200b", "")
    quotes = {"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
    text = "".join(quotes.get(ch, ch) for ch in text)
    return " ".join(text.split())
