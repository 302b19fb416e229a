# Correct: recursion for the entities, one pass over the characters for quotes, format characters and spaces.
import html
import unicodedata


def normalise_post(text):
    """Cleaned text of a post: entities unescaped, NFKC, plain quotes, no format characters, one space."""
    if type(text) is not str:
        raise TypeError("text must be a string")
    once = html.unescape(text)
    if once != text:
        return normalise_post(once)
    quotes = {"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
    out = []
    pending_space = False
    for ch in unicodedata.normalize("NFKC", text):
        ch = quotes.get(ch, ch)
        if unicodedata.category(ch) == "Cf":
            continue
        if ch.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            pending_space = False
        out.append(ch)
    return "".join(out)
