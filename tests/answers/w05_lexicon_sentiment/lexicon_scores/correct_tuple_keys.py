# Correct: terms as tuples grouped by length, tried from the longest length down.
import numpy as np


def lexicon_scores(posts, lexicon):
    """Sum of lexicon weights per post, multi-word terms matched greedily, longest first."""
    by_length = {}
    for term, weight in lexicon.items():
        words = tuple(term.split(" "))
        by_length.setdefault(len(words), {})[words] = weight
    lengths = sorted(by_length, reverse=True)
    out = np.zeros(len(posts))
    for p, tokens in enumerate(posts):
        words = tuple(t[1:] if t[:1] == "#" else t for t in tokens)
        i = 0
        while i < len(words):
            for k in lengths:
                if words[i : i + k] in by_length[k]:
                    out[p] += by_length[k][words[i : i + k]]
                    i += k
                    break
            else:
                i += 1
    return out
