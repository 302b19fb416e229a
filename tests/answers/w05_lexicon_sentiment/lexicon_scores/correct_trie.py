# Correct: a trie of the terms; at each position walk it as far as it goes and keep the last complete term.
import numpy as np


def lexicon_scores(posts, lexicon):
    """Sum of lexicon weights per post, multi-word terms matched greedily, longest first."""
    trie = {}
    for term, weight in lexicon.items():
        node = trie
        for word in term.split(" "):
            node = node.setdefault(word, {})
        node[None] = weight
    scores = []
    for tokens in posts:
        words = [t[1:] if t.startswith("#") else t for t in tokens]
        total, i = 0.0, 0
        while i < len(words):
            node, j, found = trie, i, None
            while j < len(words) and words[j] in node:
                node = node[words[j]]
                j += 1
                if None in node:
                    found = (j, node[None])
            if found is None:
                i += 1
            else:
                i, weight = found
                total += weight
        scores.append(total)
    return np.array(scores, dtype=float)
