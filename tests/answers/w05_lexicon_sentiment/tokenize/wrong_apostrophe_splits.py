# Wrong: an apostrophe always ends a word, so "don't" becomes "don" and "t".
import re
import unicodedata


def tokenize(text, lower=True):
    """Tokens of a normalised post: <url>, <user>, #hashtags, emoticons, words, ! and ?, emoji."""
    pattern = re.compile(
        r"(?P<url>(?i:https?://|www\.)\S+)|(?P<user>@[A-Za-z0-9_]+)|(?P<hashtag>#\w+)"
        r"|(?P<emoticon>[:;=][-']?[()\[\]DPp/\\|])|(?P<word>[^\W_]+)|(?P<mark>[!?])|(?P<other>.)",
        re.DOTALL,
    )

    def shorten(match):
        return match.group(1) * 2 if match.group(1).isalpha() else match.group()

    tokens = []
    for match in pattern.finditer(text):
        kind, piece = match.lastgroup, match.group()
        if kind == "url":
            tokens.append("<url>")
        elif kind == "user":
            tokens.append("<user>")
        elif kind in ("hashtag", "word"):
            piece = piece.lower() if lower else piece
            tokens.append(re.sub(r"(.)\1{2,}", shorten, piece))
        elif kind in ("emoticon", "mark") or unicodedata.category(piece) == "So":
            tokens.append(piece)
    return tokens
