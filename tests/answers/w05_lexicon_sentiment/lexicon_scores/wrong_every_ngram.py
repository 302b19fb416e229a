# Wrong: adds every n-gram that is a term, so a multi-word term also counts its parts.
import numpy as np


def lexicon_scores(posts, lexicon):
    """Sum of lexicon weights per post, multi-word terms matched greedily, longest first."""
    longest = max((len(term.split(" ")) for term in lexicon), default=0)
    out = np.zeros(len(posts))
    for p, tokens in enumerate(posts):
        words = [t[1:] if t.startswith("#") else t for t in tokens]
        for i in range(len(words)):
            for k in range(1, longest + 1):
                term = " ".join(words[i : i + k])
                if i + k <= len(words) and term in lexicon:
                    out[p] += lexicon[term]
    return out
