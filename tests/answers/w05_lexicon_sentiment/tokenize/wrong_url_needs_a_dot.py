# Wrong: takes "http://..." as a URL only when it contains a "." (so "http://x" is split into pieces).
import re
import unicodedata

PATTERN = re.compile(
    r"""
    (?P<url>(?i:https?://)[^\s.]*\.\S*|(?i:www\.)\S+)
  | (?P<user>@[A-Za-z0-9_]+)
  | (?P<hashtag>\#\w+)
  | (?P<emoticon>[:;=][-']?[()\[\]DPp/\\|])
  | (?P<word>[^\W_]+(?:'[^\W_]+)*)
  | (?P<mark>[!?])
  | (?P<other>.)
""",
    re.VERBOSE | re.DOTALL,
)


def tokenize(text, lower=True):
    """Tokens of a normalised post: <url>, <user>, #hashtags, emoticons, words, ! and ?, emoji."""
    tokens = []
    for match in PATTERN.finditer(text):
        kind, piece = match.lastgroup, match.group()
        if kind == "url":
            tokens.append("<url>")
        elif kind == "user":
            tokens.append("<user>")
        elif kind in ("hashtag", "word"):
            piece = piece.lower() if lower else piece
            tokens.append(re.sub(r"([^\W\d_])\1{2,}", r"\1\1", piece))
        elif kind in ("emoticon", "mark"):
            tokens.append(piece)
        elif unicodedata.category(piece) == "So":
            tokens.append(piece)
    return tokens
