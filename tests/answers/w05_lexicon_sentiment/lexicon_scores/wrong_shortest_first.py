# Wrong: takes the shortest term at each position ("not work" counts as "not" and then "work").
import numpy as np


def lexicon_scores(posts, lexicon):
    """Sum of lexicon weights per post, multi-word terms matched greedily, longest first."""
    longest = max((len(term.split(" ")) for term in lexicon), default=0)
    out = np.zeros(len(posts))
    for p, tokens in enumerate(posts):
        words = [t[1:] if t.startswith("#") else t for t in tokens]
        i = 0
        while i < len(words):
            for k in range(1, min(longest, len(words) - i) + 1):
                term = " ".join(words[i : i + k])
                if term in lexicon:
                    out[p] += lexicon[term]
                    i += k
                    break
            else:
                i += 1
    return out
