# Correct: no rule crosses whitespace, so split on whitespace first and scan each chunk; groupby for elongation.
import itertools
import unicodedata

EMOTICON_END = set("()[]DPp/\\|")
HANDLE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def tokenize(text, lower=True):
    """Tokens of a normalised post: <url>, <user>, #hashtags, emoticons, words, ! and ?, emoji."""

    def squeeze(piece):
        piece = piece.lower() if lower else piece
        parts = []
        for ch, run in itertools.groupby(piece):
            size = len(list(run))
            parts.append(ch * (min(size, 2) if ch.isalpha() else size))
        return "".join(parts)

    tokens = []
    for chunk in text.split():
        i = 0
        while i < len(chunk):
            rest = chunk[i:]
            low = rest.lower()
            prefix = next((p for p in ("https://", "http://", "www.") if low.startswith(p)), None)
            if prefix and len(rest) > len(prefix):
                tokens.append("<url>")
                break
            ch = chunk[i]
            if ch == "@" and i + 1 < len(chunk) and chunk[i + 1] in HANDLE:
                j = i + 1
                while j < len(chunk) and chunk[j] in HANDLE:
                    j += 1
                tokens.append("<user>")
                i = j
                continue
            if ch == "#" and i + 1 < len(chunk) and (chunk[i + 1].isalnum() or chunk[i + 1] == "_"):
                j = i + 1
                while j < len(chunk) and (chunk[j].isalnum() or chunk[j] == "_"):
                    j += 1
                tokens.append(squeeze(chunk[i:j]))
                i = j
                continue
            if ch in ":;=":
                if rest[1:2] in ("-", "'") and rest[2:3] and rest[2] in EMOTICON_END:
                    tokens.append(rest[:3])
                    i += 3
                    continue
                if rest[1:2] and rest[1] in EMOTICON_END:
                    tokens.append(rest[:2])
                    i += 2
                    continue
            if ch.isalnum():
                j = i
                while j < len(chunk) and (
                    chunk[j].isalnum()
                    or (chunk[j] == "'" and j + 1 < len(chunk) and chunk[j + 1].isalnum() and j > i)
                ):
                    j += 1
                tokens.append(squeeze(chunk[i:j]))
                i = j
                continue
            if ch in "!?" or unicodedata.category(ch) == "So":
                tokens.append(ch)
            i += 1
    return tokens
