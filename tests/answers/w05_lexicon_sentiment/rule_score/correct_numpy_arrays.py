# Correct: the rules as numpy arrays over the scored positions.
import numpy as np


def rule_score(tokens, lexicon, boosters, negators):
    """VADER-style compound score in (-1, 1): capitals, boosters, negation window, but, exclamation marks."""
    words = [t[1:] if t.startswith("#") else t for t in tokens]
    keys = np.array([w.lower() for w in words], dtype=object)
    n = len(words)
    neg = np.array([k in negators or "n't" in k for k in keys], dtype=bool)
    boost = np.array([boosters.get(k, 0.0) for k in keys], dtype=float)
    in_boost = np.array([k in boosters for k in keys], dtype=bool)
    scored = np.array([k in lexicon for k in keys], dtype=bool) & ~in_boost & ~neg
    if not scored.any():
        return 0.0
    shout = np.array([w.isupper() for w in words], dtype=bool)
    lettered = np.array([any(c.isalpha() for c in w) for w in words], dtype=bool)
    mixed = shout.any() and (lettered & ~shout).any()
    positions = np.flatnonzero(scored)
    base = np.array([float(lexicon[keys[i]]) for i in positions])
    sign = np.sign(base)
    x = base + (0.733 * sign * shout[positions] if mixed else 0.0)
    for d, decay in ((1, 1.0), (2, 0.95), (3, 0.9)):
        prev = positions - d
        ok = prev >= 0
        x = x + sign * np.where(ok, boost[np.clip(prev, 0, max(n - 1, 0))], 0.0) * decay
    count = np.zeros(len(positions))
    for d in (1, 2, 3):
        prev = positions - d
        count += (prev >= 0) & neg[np.clip(prev, 0, max(n - 1, 0))]
    x = x * (-0.74) ** count
    buts = np.flatnonzero(keys == "but")
    if len(buts):
        x = x * np.where(positions < buts[0], 0.5, np.where(positions > buts[0], 1.5, 1.0))
    total = float(x.sum())
    total += 0.292 * np.sign(total) * min(words.count("!"), 4)
    return float(total / np.sqrt(total * total + 15))
