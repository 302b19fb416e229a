# Wrong: counts every exclamation mark; VADER counts at most four.
import math

import numpy as np


def rule_score(tokens, lexicon, boosters, negators):
    """VADER-style compound score in (-1, 1): capitals, boosters, negation window, but, exclamation marks."""
    words = [t[1:] if t.startswith("#") else t for t in tokens]
    keys = [w.lower() for w in words]
    upper = [w.isupper() for w in words]
    mixed = any(upper) and any(any(ch.isalpha() for ch in w) and not w.isupper() for w in words)

    def is_negator(key):
        return key in negators or "n't" in key

    but = keys.index("but") if "but" in keys else None
    total, scored = 0.0, False
    for i, key in enumerate(keys):
        if key not in lexicon or key in boosters or is_negator(key):
            continue
        scored = True
        x = float(lexicon[key])
        sign = float(np.sign(x))
        if mixed and upper[i]:
            x += 0.733 * sign
        for d, decay in ((1, 1.0), (2, 0.95), (3, 0.9)):
            if i - d >= 0 and keys[i - d] in boosters:
                x += sign * boosters[keys[i - d]] * decay
        for d in (1, 2, 3):
            if i - d >= 0 and is_negator(keys[i - d]):
                x *= -0.74
        if but is not None and i != but:
            x *= 0.5 if i < but else 1.5
        total += x
    if not scored:
        return 0.0
    if total != 0:
        total += 0.292 * math.copysign(1.0, total) * words.count("!")
    return total / math.sqrt(total * total + 15)
