# Correct: one findall over an alternation without named groups, each match classified afterwards.
import re
import unicodedata

PIECE = re.compile(
    r"(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)\S+|@[A-Za-z0-9_]+|#\w+|[:;=][-']?[)(\][DPp/\\|]"
    r"|[^\W_]+(?:'[^\W_]+)*|[!?]|.",
    re.DOTALL,
)


def tokenize(text, lower=True):
    """Tokens of a normalised post: <url>, <user>, #hashtags, emoticons, words, ! and ?, emoji."""
    tokens = []
    for piece in PIECE.findall(text):
        head = piece[:1]
        if len(piece) > 4 and re.match(r"(?i)https?://|www\.", piece):
            tokens.append("<url>")
        elif head == "@" and len(piece) > 1:
            tokens.append("<user>")
        elif (head == "#" and len(piece) > 1) or head.isalnum():
            word = piece.lower() if lower else piece
            tokens.append(
                re.sub(
                    r"([^\W\d_])\1+",
                    lambda m: m.group(0)[:2] if m.group(1).isalpha() else m.group(0),
                    word,
                )
            )
        elif head in ":;=" and len(piece) > 1:
            tokens.append(piece)
        elif piece in "!?" or unicodedata.category(piece) == "So":
            tokens.append(piece)
    return tokens
