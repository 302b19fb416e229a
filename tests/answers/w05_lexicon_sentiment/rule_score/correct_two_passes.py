# Correct: first the adjusted valences with their positions, then the "but" weights, then the sum.
import math


def rule_score(tokens, lexicon, boosters, negators):
    """VADER-style compound score in (-1, 1): capitals, boosters, negation window, but, exclamation marks."""
    words = [tok[1:] if tok[:1] == "#" else tok for tok in tokens]
    keys = [w.lower() for w in words]
    negator = [k in negators or "n't" in k for k in keys]
    has_shout = any(w.isupper() for w in words)
    has_quiet = any(not w.isupper() and any(c.isalpha() for c in w) for w in words)
    valences = []
    for i, k in enumerate(keys):
        if k not in lexicon or k in boosters or negator[i]:
            continue
        base = lexicon[k]
        sign = (base > 0) - (base < 0)
        x = base + (0.733 * sign if has_shout and has_quiet and words[i].isupper() else 0.0)
        x += sign * sum(
            boosters[keys[i - d]] * f
            for d, f in ((1, 1.0), (2, 0.95), (3, 0.9))
            if i - d >= 0 and keys[i - d] in boosters
        )
        x *= (-0.74) ** sum(1 for d in (1, 2, 3) if i - d >= 0 and negator[i - d])
        valences.append((i, x))
    if not valences:
        return 0.0
    if "but" in keys:
        b = keys.index("but")
        valences = [(i, x * 0.5 if i < b else x * 1.5) for i, x in valences]
    s = sum(x for _, x in valences)
    bangs = min(sum(1 for w in words if w == "!"), 4)
    s = s + 0.292 * bangs if s > 0 else s - 0.292 * bangs if s < 0 else s
    return s / math.sqrt(s**2 + 15)
