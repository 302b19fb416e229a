# Wrong: unescapes HTML entities only once, so "&amp;amp;" stays "&amp;".
import html
import unicodedata


def normalise_post(text):
    """Cleaned text of a post: entities unescaped, NFKC, plain quotes, no format characters, one space."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    text = unicodedata.normalize("NFKC", html.unescape(text))
    quotes = {"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
    text = "".join(quotes.get(ch, ch) for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())
