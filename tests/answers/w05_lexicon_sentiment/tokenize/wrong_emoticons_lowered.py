# Wrong: lower-cases every token, emoticons included (":D" becomes ":d").
import re
import unicodedata


def tokenize(text, lower=True):
    """Tokens of a normalised post: <url>, <user>, #hashtags, emoticons, words, ! and ?, emoji."""
    pattern = re.compile(
        r"(?P<url>(?i:https?://|www\.)\S+)|(?P<user>@[A-Za-z0-9_]+)|(?P<hashtag>#\w+)"
        r"|(?P<emoticon>[:;=][-']?[()\[\]DPp/\\|])|(?P<word>[^\W_]+(?:'[^\W_]+)*)|(?P<mark>[!?])|(?P<other>.)",
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
        elif kind in ("hashtag", "word", "emoticon"):
            piece = piece.lower() if lower else piece
            tokens.append(re.sub(r"(.)\1{2,}", shorten, piece))
        elif kind == "mark" or unicodedata.category(piece) == "So":
            tokens.append(piece)
    return tokens
