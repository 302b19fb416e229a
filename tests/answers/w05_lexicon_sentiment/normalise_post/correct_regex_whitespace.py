# Correct: a fixed-point loop for entities, str.translate for the quotes, a regex for whitespace.
import html
import re
import unicodedata


def normalise_post(text):
    """Cleaned text of a post: entities unescaped, NFKC, plain quotes, no format characters, one space."""
    if not isinstance(text, str):
        raise TypeError("normalise_post needs a str")
    while True:
        unescaped = html.unescape(text)
        if unescaped == text:
            break
        text = unescaped
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(
        str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})
    )
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return re.sub(r"\s+", " ", text).strip()
