# Wrong: applies NFKC before unescaping the entities (so "&#xFF27;" stays a fullwidth letter and "＆amp;" becomes "&").
import html
import re
import unicodedata


def normalise_post(text):
    """Cleaned text of a post: entities unescaped, NFKC, plain quotes, no format characters, one space."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    text = unicodedata.normalize("NFKC", text)
    while True:
        unescaped = html.unescape(text)
        if unescaped == text:
            break
        text = unescaped
    for curly, plain in (
        ("\u2018", "'"),
        ("\u2019", "'"),
        ("\u02bc", "'"),
        ("\u201c", '"'),
        ("\u201d", '"'),
    ):
        text = text.replace(curly, plain)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return re.sub(r"\s+", " ", text).strip()
