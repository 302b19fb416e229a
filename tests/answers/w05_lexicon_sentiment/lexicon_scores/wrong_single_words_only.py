# Wrong: looks up single tokens only, so multi-word terms such as "no fun" are never matched.
import numpy as np


def lexicon_scores(posts, lexicon):
    """Sum of lexicon weights per post, multi-word terms matched greedily, longest first."""
    return np.array(
        [
            sum(lexicon.get(t[1:] if t.startswith("#") else t, 0.0) for t in tokens)
            for tokens in posts
        ],
        dtype=float,
    )
