# Wrong: looks hashtags up with their "#", so "#fail" never matches "fail".
import numpy as np


def lexicon_scores(posts, lexicon):
    """Sum of lexicon weights per post, multi-word terms matched greedily, longest first."""
    longest = max((len(term.split(" ")) for term in lexicon), default=0)
    out = np.zeros(len(posts))
    for p, words in enumerate(posts):
        i = 0
        while i < len(words):
            for k in range(min(longest, len(words) - i), 0, -1):
                term = " ".join(words[i : i + k])
                if term in lexicon:
                    out[p] += lexicon[term]
                    i += k
                    break
            else:
                i += 1
    return out
